"""holdout791: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市水利局地下水超采区监测预警平台建设合同
P:合同编号：SLJ-ZC-2027-018
P:甲方（采购人）：某市水利局
P:乙方（供应商）：北辰水信科技有限公司
P:根据《中华人民共和国政府采购法》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同（甲方合同文本）。
H:第一条 项目内容
P:1.1 乙方为甲方建设地下水超采区监测预警平台，内容包括：平台软件许可（永久使用，不限用户数）、超采区水位变化分析及预警模型的定制开发、全市416眼监测井及取水计量数据的接入、系统部署、实施与培训。
P:1.2 定制开发范围以招标文件技术需求、投标响应及双方确认的《需求规格说明书》为准，需求变更应书面确认。
P:1.3 乙方应按照地下水监测相关技术标准及水利行业数据标准进行数据接入和建库，接口须兼容省级水资源监控平台，并预留与河湖长制平台、取水许可审批系统的接口。
P:1.4 乙方应组建不少于八人的项目团队，项目经理须具有高级工程师职称或同等资格，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 合同总价为人民币1,960,000元（大写：壹佰玖拾陆万元整），包括：平台软件许可费1,080,000元；定制开发费620,000元；数据接入费168,000元；实施及培训费92,000元。
P:2.2 合同总价为固定总价，已包含税费、差旅、第三方组件及质保期内全部服务费用，甲方不再支付其他费用。
P:2.3 乙方投标报价中的单价在本合同履行期内固定不变；因甲方新增需求产生的费用，双方参照投标单价协商确定并签订补充协议。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统部署完成并通过初验后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 每次付款前乙方应开具合法有效的增值税发票；甲方按财政资金支付程序办理。
P:3.5 甲方有权从应付款项中直接扣除乙方依本合同应支付的违约金或赔偿金，并书面告知乙方。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成部署并申请初验，在初验后六十日内完成试运行并申请最终验收。
P:4.2 乙方应向甲方交付全部定制开发成果的源代码、模型参数、接口文档、部署手册、运维手册及培训材料。
P:4.3 乙方应在每周五向甲方提交项目周报，说明进度、问题和风险；甲方有权随时对实施过程进行检查。
P:4.4 乙方应对甲方指定的二十名业务人员和五名系统管理员进行培训，内容包括平台操作、预警研判、数据质量核查和日常运维，培训结束后进行考核。
H:第五条 验收
P:5.1 初验标准：功能与《需求规格说明书》逐项一致；416眼监测井数据接入完整率不低于99%，数据延迟不超过十分钟；超采预警模型经历史数据回算，预警准确率不低于90%；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：连续试运行六十日，无一级故障，平台各项指标持续满足5.1的要求，文档齐全。
P:5.3 甲方在收到验收申请后十个工作日内组织验收并出具书面意见；系统上线、甲方使用或付款均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担；两次验收仍不合格的，甲方有权解除合同。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 质保期内，乙方每季度对平台进行一次巡检和数据质量核查，汛期前及超采区年度评价前各进行一次专项保障，并出具书面报告。
P:6.3 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的9%（即不超过97,200元/年），该标准在质保期满后三年内不上调。维护合同不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%。
P:7.2 一级故障（平台不可用或预警功能失效）乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.4 乙方应在每月第五个工作日前提交上月服务水平报告，包括可用率、故障清单、处理时长及改进措施。
P:7.3 一级故障响应每迟延一小时，乙方支付违约金1,000元；月度可用率每低于约定值0.01个百分点，乙方支付违约金2,000元，从应付款中扣除。
H:第八条 知识产权
P:8.1 定制开发成果（含预警模型、接口程序、源代码及文档）的知识产权归甲方所有，甲方可自行修改、使用并许可第三方使用。
P:8.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台中的监测数据、取水数据及衍生数据均属于甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应按照网络安全等级保护第三级要求落实安全措施，远程运维须经甲方审批并通过堡垒机，不得将数据拷贝出甲方网络。
P:9.3 发生数据泄露或安全事件，乙方应在2小时内报告甲方并采取处置措施；因乙方原因造成的损失，由乙方承担全部赔偿责任。
P:9.4 合同终止或质保期满时，乙方应交还或按甲方要求销毁其掌握的全部甲方数据，并出具书面销毁证明。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、监测井位置信息及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过三十日的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:11.3 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保函，有效期至最终验收合格后三十日；乙方未履行合同义务的，甲方有权从履约保函中获得相应赔偿。
H:第十六条 不可抗力
P:16.1 因不可抗力导致不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供有关证明，双方根据影响程度协商延期履行或部分履行。
H:第十七条 廉洁与通知
P:17.1 乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益。
P:17.2 本合同项下的通知应以书面形式送达对方在本合同首部载明的地址，变更地址应提前五日书面通知对方。
H:第十八条 其他
P:18.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同组成部分。
P:甲方（盖章）：            乙方（盖章）：
"""

Z02 = """T:棉签生产线卷棒包装段控制系统改造及维保合同
P:合同编号：MQ-GZ-2027-06
P:甲方：某县洁康棉签制品有限公司
P:乙方：衡拓自动化工程有限公司
P:甲方拟对其三条棉签生产线的卷棒（卷绕）工段和包装工段实施控制系统改造，乙方提供设备、软件及安装调试与维保服务。双方订立本合同如下。
H:第一条 改造范围
P:1.1 乙方负责三条生产线卷棒机伺服及运动控制升级、PLC及触摸屏更换、棉头视觉检测单元加装、包装机联动控制柜改造，以及产线监控软件的安装、配置和与甲方MES的接口对接。
P:1.2 改造后单线产能不低于每分钟1,200支，棉头缺陷漏检率不高于千分之二。
P:1.3 改造须保留原有卷棒机架及包装机机械结构。乙方应在改造前对每条线进行现场测绘，提交改造方案、电气图纸及停线计划，经甲方书面确认后实施。
P:1.4 乙方提供的设备应为全新、原厂正品，主要部件品牌、型号与技术协议一致，并随货提供合格证、说明书、电气原理图及备品备件清单。
P:1.5 改造期间乙方应保证其余生产线正常运转，不得因调试原因影响未改造生产线的供电、供气和网络。
H:第二条 合同价款
P:2.1 合同总价为人民币1,800,000元，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|伺服及运动控制模块|3套|620,000
TB:2|PLC及触摸屏|3套|286,000
TB:3|棉头视觉检测单元|3套|254,000
TB:4|包装机联动控制柜|3台|198,000
TB:5|产线监控软件许可（永久）|1套|242,000
TB:|软硬件小计||1,600,000
TB:6|安装调试及MES接口|1项|168,000
TB:7|操作及维修培训|1项|32,000
TB:|合计||1,800,000
P:2.2 上述价格含运输、保险、税费及质保期内服务费用。
P:2.3 乙方应随设备提供首批易损件，包括伺服编码器线缆、视觉光源及包装机温控模块，其费用已含在合同总价内。
P:2.4 合同履行期间国家税率调整的，未开票部分按调整后税率相应调整含税价格。
H:第三条 付款方式
P:（一）合同签订后十日内，甲方支付合同总价的20%作为预付款；
P:（二）设备到货并经甲方清点签收后，甲方支付合同总价的45%，到货签收不视为质量验收；
P:（三）三条线全部通过最终验收后，甲方支付合同总价的35%。
P:（四）乙方应在每期付款前开具相应金额的增值税专用发票，甲方收到发票后十五个工作日内付款。
P:（五）甲方有权从应付款中扣除乙方依本合同应支付的违约金和其他扣款。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后四十五日内将设备运至甲方厂区，安装调试须利用甲方停产检修窗口分线进行，每条线停线时间不超过五日。
P:4.2 乙方应遵守甲方洁净车间管理规定，进场人员须经卫生培训。
P:4.3 乙方在厂区作业应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票，并为现场人员购买意外伤害保险；因乙方原因造成人身伤害或财产损失的，由乙方承担责任。
P:4.4 设备到货时，乙方应会同甲方开箱检验，核对型号、数量及外观，并签署开箱记录；发现缺件、错件或损坏的，乙方应在七日内补齐或更换。
P:4.5 乙方应在每条线投产前对甲方操作工、机修工和电气工程师分别进行培训，内容包括设备操作、日常保养、故障判断和程序备份，每类人员培训不少于两天，并提供中文培训教材。
H:第五条 验收
P:5.1 每条线改造完成后进行七十二小时连续生产试运行，验收标准为：产能达到1.2条的要求；视觉检测漏检率、误剔率符合技术协议；与MES的产量、批次数据一致；急停及安全联锁测试全部通过。
P:5.2 三条线均通过单线验收并连续稳定运行三十日后，双方签署最终验收报告。安装完成或设备投产均不视为验收合格。
P:5.3 单线验收不合格的，乙方应在十日内整改并重新组织验收，整改费用由乙方承担。最终验收报告由甲方生产、设备、质量三个部门共同签署。
P:5.4 验收期间所需的棉条、纸棒及包装材料由甲方提供，检测仪器和标准样品由乙方提供。
H:第六条 质保与维保服务
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内因设备或软件质量问题产生的维修、更换费用由乙方承担。
P:6.2 质保期满后，乙方提供年度维保服务，维保费按软硬件小计的26%每年计取（即416,000元/年），质保期满后四年内不作调整。
P:6.3 故障等级及响应要求：
TB:故障等级|定义|响应时间|修复时间
TB:一级|整线停机|1小时|8小时
TB:二级|单机停机或检测失效|2小时|24小时
TB:三级|其他问题|8小时|72小时
P:6.4 一级故障响应或修复每超时一小时，乙方向甲方支付800元；该款项可从维保费或未付款中扣除。
P:6.5 质保期内乙方每季度对三条线进行一次预防性巡检并出具巡检报告；质保期内更换的部件，其质保期自更换之日起重新计算。
P:6.6 维保服务内容包括：每季度一次预防性维护、软件版本升级、故障远程诊断和现场维修；备件按附件三价格表另行计费。
P:6.7 质保期满前一个月，乙方应书面提示甲方是否签订维保合同；维保合同按年签订，每年到期前由甲方决定是否续签，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、视觉检测配方、MES接口程序及其源代码归甲方所有，甲方可自行修改及委托第三方维护。
P:7.2 监控软件产品本身的知识产权归乙方，甲方享有永久使用权。
P:7.3 乙方每次修改程序后应在三日内向甲方提交更新后的程序备份及修改说明。
H:第八条 数据安全与保密
P:8.1 生产数据、工艺参数、质量数据归甲方所有，乙方仅可为履行本合同使用，不得复制带离或用于其他客户。
P:8.2 乙方远程维护须经甲方逐次授权，通过甲方指定的VPN接入；乙方应采取访问控制及日志留存措施，发生数据泄露的，应在八小时内通知甲方并承担由此造成的损失。
P:8.3 乙方不得在控制系统中设置远程锁机、限时停机或其他限制甲方正常使用的功能；调试所用账号调试完成后由甲方收回或修改口令。
P:8.4 双方对在履约过程中获知的对方商业秘密及技术资料负有保密义务，期限至合同终止后三年。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的万分之六支付违约金。
P:9.2 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:9.3 因乙方设备或程序缺陷导致甲方产品批量质量问题的，乙方应赔偿甲方由此造成的直接损失。
H:第十条 分包
P:10.1 乙方可将电气柜装配及现场布线工作分包给第三方，但应提前五个工作日书面告知甲方，并对分包方的工作承担全部责任。分包方人员进场同样须遵守本合同第四条的安全及卫生要求。
H:第十一条 合同解除
P:11.1 乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同并要求赔偿损失。
P:11.2 合同解除后，乙方应退还甲方已付的未验收部分款项，并配合甲方完成设备拆除或交接。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
P:12.2 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。附件：一、技术协议；二、设备清单及配置；三、备品备件价格表；四、培训计划。
P:甲方（盖章）：            乙方（盖章）：
"""

Z03 = """连锁拳馆预约及会员管理SaaS服务及实施合同

合同编号：QG-SaaS-2027-11
甲方：某市铁拳健身管理有限公司（下辖35家拳击健身门店）
乙方：练期云（杭州）信息技术有限公司

一、服务内容
（一）乙方向甲方35家门店提供拳馆课程预约、私教排课、会员卡管理、储值及团购核销、门禁对接和经营报表的SaaS服务（以下称“本服务”）。
（二）乙方负责一次性实施，包括门店及教练信息初始化、历史会员数据迁移、小程序品牌配置、门禁闸机对接和店长培训。
（三）服务期为两个服务年度，第一个服务年度自实施验收合格之日起算。
（四）本服务包括会员端和教练端小程序、门店前台收银端及总部管理后台，乙方应保证各端数据实时同步。
（五）乙方应为甲方配备一名专属客户成功经理，负责需求对接、版本发布说明及季度业务回顾。
（六）乙方应完成甲方三家旗舰店体测设备的数据对接，体测结果自动写入会员档案。
（七）甲方门店关闭或迁址的，可将该店账号转移至新开门店，不另收费。
（八）乙方应提供与甲方现有财务系统的对账接口，每日自动生成各门店收入、储值、核销及退款汇总，供总部财务核对。

二、费用
（一）订阅费：每家门店每服务年度13,600元，35家门店每服务年度合计476,000元，两个服务年度合计952,000元。
（二）实施费：一次性88,000元。
（三）合同总价为1,040,000元，含增值税。
（四）新增门店按每店每服务年度13,600元按月折算计费。
（五）订阅费已包含系统升级、短信通知及标准接口调用费用，乙方不得另行收取。
（六）服务期内订阅费单价不作调整。

三、付款
（一）实施费在实施验收合格后十五个工作日内支付。
（二）每个服务年度的订阅费于该服务年度开始后十五个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。
（四）甲方有权从应付款项中扣除乙方应支付的违约金及服务抵扣。
（五）乙方收款账户如需变更，应以盖章的书面通知为准，否则甲方按原账户付款即视为已履行付款义务。

四、实施与验收
（一）乙方应在合同签订后四十日内完成实施并提交验收申请。
（二）验收标准：
1. 35家门店全部开通，课程预约、排课、核销、报表功能与附件一清单一致；
2. 历史会员、余额及课时数据迁移后与甲方原系统逐条核对一致；
3. 门禁对接测试通过，会员刷码入场时间不超过2秒；
4. 在500人同时预约的压力测试下，页面响应时间不超过3秒；
5. 会员储值余额、课时余额与甲方财务账目核对一致。
（三）甲方在收到申请后七个工作日内组织验收，出具书面验收单。试用或上线使用均不视为验收合格。
（四）实施期间乙方应派驻实施顾问至甲方总部，对每家门店店长及前台进行培训，并提供操作手册和视频教程。
（五）验收不合格的，乙方应在七日内整改并重新提交验收。
（六）乙方逾期完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）本服务月度可用率不低于99.5%，计划维护应提前三日通知并安排在凌晨1:00至6:00之间。
（二）故障分级：
1. 一级故障（全部门店无法预约或核销）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障：下一工作日内处理。
（三）月度可用率低于约定值的，按当月订阅费的5%给予服务抵扣；一级故障恢复每超时一小时，另抵扣2,000元。抵扣额在下一期费用中扣减。
（四）乙方应每月向甲方提交服务报告，包括可用率、故障记录、处理时长和系统使用情况统计。
（五）乙方进行重大版本升级的，应提前七日通知甲方，并提供测试环境供甲方验证。
（六）服务期内乙方提供每日8:00至23:00的在线及电话客服，满足拳馆夜间营业需要；一级故障全天候受理。
（七）因甲方网络、门禁设备故障或第三方支付渠道原因导致的中断，不计入不可用时间，但乙方应协助排查。

六、知识产权
（一）SaaS平台及其功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序界面、课程体系配置、报表模板及接口程序归甲方所有，甲方可自行使用、修改或交由第三方使用。
（三）乙方保证本服务不侵犯第三方知识产权；因侵权引起的索赔由乙方负责处理并承担赔偿责任。

七、数据归属与数据安全
（一）会员信息、消费记录、预约记录等业务数据归甲方所有，乙方仅为提供本服务处理，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，落实访问控制、加密存储、操作审计及每日备份，按《个人信息保护法》履行受托处理者义务。
（三）发生数据泄露或安全事件的，乙方应在6小时内通知甲方并采取补救措施，因乙方原因导致的损失由乙方赔偿。
（四）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方并彻底删除。
（五）本服务应完成网络安全等级保护第三级备案，乙方每年委托第三方机构进行安全测评并向甲方提供测评结论。
（六）乙方不得在小程序中向甲方会员推送第三方广告，不得利用会员信息开展营销。
（七）乙方应对教练及店员账号实行分级授权，前台账号不得批量导出会员手机号等个人信息，导出操作须经总部管理员审批并留存日志。

八、保密
双方对在合作中获知的对方商业信息、会员信息和经营数据负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。乙方参与本项目的人员均应签署保密承诺书。因履行本合同需要向第三方披露的，须事先征得对方书面同意，并使该第三方承担同等保密义务。

九、续约
服务期满前三十日任何一方未书面提出异议的，本合同自动续约一个服务年度，依此类推。续约时乙方有权根据市场情况调整订阅费单价，并于续约前十五日书面通知甲方。续约期内本合同其他条款继续有效。

十、责任限额
乙方在本合同项下的累计赔偿责任以合同总价的二倍为限，但数据泄露及故意或重大过失造成的损失不受此限。

十一、分包
乙方不得将本服务的主要部分分包；如需委托第三方承担门禁对接等辅助工作，须事先取得甲方书面同意，且乙方对第三方的工作承担全部责任。

十二、解除
乙方严重违约，且在甲方书面通知后十日内未改正的，甲方有权解除合同，并按未使用服务期比例退还已付订阅费。合同解除或终止后，乙方应按第七条（四）交还数据，并提供不少于三十日的数据迁移协助。

十三、法律适用及争议
本合同适用中华人民共和国法律。因本合同引起的或与本合同有关的争议，双方应先友好协商；协商不成的，提交杭州仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。

十四、不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失；不可抗力持续超过六十日的，双方可协商解除合同。

十五、其他
本合同一式两份，双方各执一份，自签字盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议。附件一：功能清单（课程预约、私教排课、会员卡、储值与团购核销、门禁、报表、体测对接）；附件二：35家门店清单及开通计划；附件三：服务报告模板。

甲方（盖章）：                乙方（盖章）：
"""

Z04 = """某市传染病医院发热门诊与隔离病区管理系统年度运维服务合同

项目编号：CRB-CS-2027-004（竞争性磋商）
甲方：某市传染病医院
乙方：安岐医疗信息技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就甲方发热门诊与隔离病区管理系统的年度运维服务订立本合同。

第一章 服务范围
第一条 运维对象：发热门诊预检分诊、隔离病区床位及患者管理、核酸与抗原结果接收、负压病房环境监测接入、物资及防护用品领用五个子系统，以及配套的应用服务器、数据库和接口。各子系统的版本、部署环境及接口清单见附件一。
第二条 服务内容：日常巡检、故障处理、数据库维护、接口运行监控、补丁更新、疫情高峰期保障、用户培训和月度运维报告。具体包括：（一）每日两次系统巡检，记录服务器、数据库和接口运行状态；（二）每周检查数据库备份，每月进行一次恢复演练；（三）监控与院内HIS、LIS、PACS及传染病网络直报系统的接口，发现数据积压或丢失及时处理；（四）季节性流感及突发疫情期间，按甲方要求增派工程师驻场保障；（五）每季度组织一次用户培训。
第三条 服务期自2027年1月1日起至2027年12月31日止。服务期内乙方派驻两名工程师驻场，工作日8:00至18:00在岗，其他时间电话及远程值守，节假日及夜间接到电话后半小时内远程接入。乙方应提供驻场工程师名单、资质证明和联系方式，驻场人员应遵守甲方院感防护要求，进入隔离区域须按规定穿戴防护用品。

第二章 服务费用及支付
第四条 年度服务费为人民币686,000元，包含驻场人员、远程支持、备品备件及税费。服务期内服务费不作调整；甲方增加运维对象的，双方参照本合同单价协商确定费用并签订补充协议。
第五条 服务费按季度支付，每季度结束后经甲方考核合格，甲方在十五个工作日内支付当季服务费171,500元。本合同不设预付款。乙方应在收款前开具合法有效的发票。

第三章 服务水平与考核
第六条 故障分级与响应（故障等级由甲方信息科根据影响范围认定）：
（一）一级故障（发热门诊或隔离病区系统整体不可用）：15分钟内响应，1小时内到场，3小时内恢复；
（二）二级故障（单个子系统或接口中断）：30分钟内响应，8小时内解决；
（三）三级故障（一般问题）：2个工作日内解决；
（四）故障处理完成后，乙方应在两个工作日内提交故障分析报告。
第七条 季度考核标准：故障响应及时率、巡检完成率和运维报告提交率均应达到98%以上，用户满意度评分不低于90分，满意度由甲方随机抽取各科室使用人员填写问卷产生。甲方每季度按上述标准出具书面考核结论，考核合格后方可支付当季服务费。考核由甲方信息科组织，发热门诊、感染管理科和护理部参与评分。
第八条 一级故障响应每超时一次扣减服务费3,000元，恢复每超时一小时扣减1,000元；季度考核不合格的，扣减当季服务费的8%。扣减金额在当季服务费中直接抵扣。

第四章 数据安全与保密
第九条 系统中的患者信息、流调信息、检验结果等数据均属于甲方所有，乙方仅为履行运维服务接触，不得复制、留存或用于任何其他目的。乙方人员查询患者信息须基于运维工单，甲方有权对乙方的访问日志进行审计。
第十条 乙方应遵守《数据安全法》《个人信息保护法》及医疗卫生机构网络安全管理规定：运维操作须通过甲方堡垒机，使用实名账号；不得使用移动存储介质；对数据库的高危操作须经甲方信息科书面审批；乙方人员须签署保密承诺书。
第十一条 发生数据泄露、篡改或勒索病毒等安全事件的，乙方应在1小时内报告甲方，配合调查和处置；因乙方原因造成的损失及行政处罚，由乙方承担全部责任。乙方应配合甲方完成网络安全等级保护测评及卫生健康行政部门的检查。
第十二条 乙方对履约中知悉的患者隐私、甲方内部管理信息和系统账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露，本义务在合同终止后持续有效。乙方人员离岗时，应交还全部账号及门禁卡，甲方即时注销其权限。

第五章 知识产权
第十三条 乙方在服务期内编写的脚本、接口适配程序、运维文档和报告归甲方所有，甲方可自行使用和修改，并可交由其他服务商使用。乙方使用自有运维工具的，应向甲方说明其功能，不得采集或外传甲方数据，工具的知识产权仍归乙方。

第六章 人员与分包
第十四条 驻场工程师须具备三年以上医院信息系统运维经验，乙方更换驻场人员应提前十日征得甲方同意。驻场人员因病、事假缺勤的，乙方应安排同等资质人员顶岗。
第十五条 乙方不得将本合同项下服务转包或分包，亦不得以任何形式将驻场或远程运维工作交由其他单位人员承担。

第七章 合同的变更与终止
第十六条 本合同一经签订，在服务期内双方均不得单方解除或终止；确需变更的，由双方协商一致并签订书面补充协议。
第十七条 因不可抗力致使合同无法履行的，受影响方应及时通知对方，并在十五日内提供证明，双方协商处理。不可抗力事件消除后，双方应及时恢复履行。
第十八条 服务期满，本合同自然终止；甲方如需继续采购，另行按政府采购程序办理，本合同不自动续期。

第八章 交接
第十九条 服务期满或合同终止时，乙方应向甲方或甲方指定的服务商完整移交全部账号、文档、脚本和运维记录，并配合交接十个工作日，交接期间不另收费。交接完成后，乙方应出具书面交接清单，由双方签字确认。

第九章 运维管理
第二十条 乙方应在每月5日前提交上月运维报告，内容包括巡检记录、故障统计、处理过程、系统性能分析及改进建议；每季度末提交季度运维总结。月度运维报告经甲方信息科确认后作为季度考核依据。
第二十一条 乙方应建立并持续更新运维台账，包括服务器及数据库配置、接口清单、账号清单和应急预案，并每半年组织一次应急演练。
第二十二条 发生突发公共卫生事件时，乙方应在接到甲方通知后2小时内增派工程师到场，保障发热门诊及隔离病区系统连续运行，增派期间不另收费。
第二十三条 乙方提供的备品备件应为原厂或同等品质的新品；更换下的硬盘等存储介质由甲方留存，或在甲方监督下物理销毁。

第十章 安全生产与廉洁
第二十四条 乙方人员在甲方院区工作期间，应遵守甲方安全生产、消防和院感管理制度，按要求接受健康监测；乙方应为其人员缴纳社会保险并购买人身意外伤害保险，乙方人员在履约中发生的人身伤害由乙方负责。
第二十五条 乙方不得向甲方工作人员提供回扣、礼品、宴请或其他不正当利益；发现上述行为的，甲方有权向有关部门反映，并将乙方列入本院供应商不良记录。

第十一章 法律适用及争议解决
第二十六条 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决，协商不成的，向甲方所在地人民法院起诉。

第十二章 其他
第二十七条 磋商文件、响应文件及成交通知书是本合同的组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章后生效。本合同未尽事宜，双方可签订补充协议。附件：一、运维对象清单；二、季度考核评分表；三、驻场人员名单。

甲方（盖章）：                乙方（盖章）：
"""

Z05 = """# 软件许可及定制开发合同（琴匠云标准合同文本 V3.0）

合同编号：QJY-2027-0315

甲方：某旗苏和马头琴制作工坊有限公司

乙方：琴匠云软件有限公司

说明：本合同为乙方标准文本，甲方确认已阅读并理解全部条款。

鉴于甲方为马头琴制作企业，拟通过信息化手段实现从木料进厂、琴头雕刻、蒙皮、张弦到调音出厂的全过程追溯，经双方协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“琴匠云”工坊生产追溯软件的使用许可，并根据甲方需求定制开发琴头雕刻工序登记、琴杆与音箱木料批次追溯、马尾弦及琴弦张挂记录、成品调音档案和二维码溯源查询功能。

1.2 乙方负责软件安装部署、基础数据导入和操作培训。

1.3 定制功能具体包括：（1）木料入库登记，记录木材种类、产地、含水率及入库批次；（2）琴头雕刻工序登记，记录雕刻师、造型及工时；（3）蒙皮及张弦记录，记录马尾弦批次、琴弦规格及张力；（4）调音档案，记录音准检测结果及调音师；（5）成品二维码生成及消费者扫码查询。

1.4 定制开发功能以双方签字确认的《需求确认单》为准。需求确认单签署后甲方提出的变更，乙方有权另行收费并顺延交付期。

1.5 本合同软件许可为20个用户，甲方增加用户的，按乙方当年报价另行购买。

1.6 乙方在软件中预置马头琴行业常用的木材种类、琴头造型及琴弦规格字典，甲方可自行增加。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 琴匠云软件使用许可（20用户） | 236,000 |
| 2 | 雕刻及张弦追溯功能定制开发 | 318,000 |
| 3 | 部署、数据导入及培训 | 46,000 |
| | 合计 | 600,000 |

合同总价为人民币600,000元（含税）。合同价款不含服务器、第三方数据库、短信及二维码标签打印耗材，上述费用由甲方自行承担。付款账户以乙方盖章的收款确认函为准。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 软件上线运行后十个工作日内，甲方支付剩余35%。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方并有权暂停服务。

3.4 甲方未按期支付首期款的，乙方交付期相应顺延。乙方收到款项后开具增值税普通发票；甲方要求开具增值税专用发票的，应补足相应税差。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十日内完成开发并部署上线。因甲方需求变更、数据提供延迟等原因造成的延误，交付期相应顺延。

4.2 乙方完成部署并通知甲方后，软件即视为交付。

4.3 甲方应为乙方提供部署所需的服务器、网络环境及基础数据，并指定专人配合；甲方配合不到位造成的损失由甲方承担。

4.4 软件部署在甲方本地服务器；甲方选择部署在乙方提供的云服务器上的，云服务器费用另计。

## 第五条 验收

5.1 软件上线运行即视为甲方验收合格。甲方如有异议，应在上线后三日内书面提出，逾期未提出的视为无异议。甲方将软件用于实际生产的，视为认可软件质量。

5.2 甲方提出的异议经乙方确认属于软件缺陷的，乙方在合理期限内修复，修复后不再重新验收。

## 第六条 免费维护期与后续服务

6.1 免费维护期为六个月，自软件上线之日起计算，期内乙方提供远程问题解答及缺陷修复。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护协议，维护费按乙方届时公布的价格标准执行。

6.3 未签订维护协议的，乙方不再提供升级和技术支持。维护服务费应于每个服务年度开始前一次性支付，逾期未付的，乙方有权停止服务。

6.4 免费维护期内，因甲方操作不当、擅自修改或第三方软件导致的问题，不属于免费维护范围。免费维护期内乙方每季度进行一次远程巡检。

## 第七条 技术支持

7.1 一级故障（系统无法登录或无法录入）乙方在工作日8小时内响应；其他问题在三个工作日内答复。

7.2 乙方以电话、远程方式提供支持，现场服务另行收费（每人每日2,800元，差旅费由甲方承担）。

7.3 乙方提供技术支持的时间为工作日9:00至17:30，节假日不提供服务。乙方可通过远程方式登录甲方服务器进行维护，甲方应开通相应权限。

7.4 乙方有权对软件进行升级或调整功能，升级后的版本是否提供给甲方由乙方决定。

## 第八条 知识产权

8.1 “琴匠云”软件及本合同项下定制开发的全部功能模块、源代码、数据库结构和文档，其知识产权均归乙方所有。

8.2 甲方仅在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或交由第三方维护，不得将软件用于其他工坊或向第三方提供账号。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户销售。甲方对定制功能提出的改进建议，相关成果的知识产权亦归乙方所有。

## 第九条 数据

9.1 甲方录入系统的业务数据归甲方所有。

9.2 甲方同意乙方可对系统中的工艺数据、木料来源数据进行脱敏及汇总处理，并用于乙方产品改进、行业分析及市场推广。

9.3 乙方采取防火墙、访问控制、数据加密和每日备份措施保护数据安全；发生数据泄露的，乙方应在24小时内通知甲方，并对因其过错造成的直接损失承担赔偿责任。

9.4 甲方应自行做好数据备份，因甲方原因造成的数据丢失乙方不承担责任。合同终止后，乙方保留甲方数据九十日，逾期未导出的，乙方有权删除。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密负有保密义务，保密期限为合同终止后两年。

10.2 乙方有权在其宣传材料及官网中使用甲方名称、标识和项目案例。甲方不得向第三方透露本合同价格及乙方报价。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 任何一方违反本合同约定的，应赔偿对方因此遭受的直接损失。

11.3 因不可抗力、网络故障、第三方服务中断等乙方不可控原因造成的损失，乙方不承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后十五日内仍未改正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的款项中对应已交付部分不予退还，乙方有权停止甲方的软件使用权限。

## 第十三条 争议解决

13.1 因本合同产生的争议，双方友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼费、律师费及保全费由败诉方承担。争议解决期间，双方应继续履行合同中不涉及争议的部分。

## 第十四条 培训与资料

14.1 乙方为甲方提供一次集中操作培训，时长一天，培训人数不超过十人，超出部分另行收费。培训地点为甲方所在地，乙方人员差旅费由甲方承担。

14.2 乙方提供电子版操作手册，不提供源代码及数据库设计文档。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，以乙方官方网站公布的服务规则为准。乙方网站服务规则的更新自公布之日起生效。

15.3 本合同附件：一、报价单；二、需求确认单；三、乙方服务规则（以网站公布为准）。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. HZK-ABT-2027-041
P:This Agreement is made between Hangzhou Kailan Textile Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hangzhou (the "Buyer"), and Galyat Code Works (Private) Limited, a company incorporated in Pakistan with its registered office at Mansehra Road, Abbottabad, Khyber Pakhtunkhwa (the "Vendor").
P:The Buyer wishes to acquire a perpetual licence to the Vendor's maintenance planning software for its loom and spinning plants, together with implementation, integration and training services, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PlantCare Maintenance Planner, version 7, in object code, with its user documentation and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data migration scripts, configuration sets and any other work product created by the Vendor specifically for the Buyer under this Agreement, in source and object form.
P:1.3 "Buyer Data" means all data entered into, processed by or generated from the Software concerning the Buyer's plants, equipment, staff and operations.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5 that the Software and the Custom Deliverables meet the Acceptance Criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's plants in Hangzhou and Shaoxing for up to 300 named users, including use by the Buyer's affiliates and contractors working on the Buyer's behalf.
P:2.2 The Vendor shall carry out the implementation services described in Annex 1, including installation on the Buyer's servers, configuration of maintenance plans for 1,450 machines, interfaces with the Buyer's ERP and spare parts warehouse system, migration of five years of maintenance history and training of 40 key users.
P:2.3 Implementation work shall be performed remotely from Abbottabad and on site in Hangzhou during two site visits described in Annex 1.
P:2.4 The Vendor shall assign a project manager with at least five years of experience in implementing maintenance software, who shall not be replaced without the Buyer's consent, and shall provide a project plan, weekly status reports and minutes of all steering meetings.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,680,000, comprising the Software licence fee of CNY 1,240,000, implementation and integration services of CNY 380,000 and training of CNY 60,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor. Any withholding tax required by PRC law shall be deducted by the Buyer and the Buyer shall provide the tax certificate.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 days after the Software has been installed, the interfaces have been connected and the data migration has been completed, as confirmed in a joint installation record. The installation record is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account named in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 70 days and request Final Acceptance within 120 days after signature.
P:5.2 The Acceptance Criteria are: all functions in Annex 2 pass the Buyer's test scripts; maintenance plans for all 1,450 machines are loaded and checked against the Buyer's equipment register; migrated work orders reconcile in number and cost with the legacy system; the ERP and warehouse interfaces run for 20 consecutive working days without a Severity 1 incident; and response time for standard screens does not exceed 3 seconds for 150 concurrent users.
P:5.3 The Buyer shall test within 15 working days of the Vendor's request and either sign the acceptance certificate or list the failures. The Vendor shall correct failures and request a retest. Productive use of the Software by the Buyer shall not be deemed acceptance.
P:5.4 If the Software fails the acceptance tests twice for reasons attributable to the Vendor, the Buyer may, at its option, grant a further period for correction, accept the Software with a reasonable price reduction, or terminate this Agreement under Article 12.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 2 for 24 months after Final Acceptance. During the warranty period the Vendor shall correct defects, provide all updates and new versions free of charge and provide remote support.
P:6.2 After the warranty period the Buyer may order annual support at a fee of 10% of the Software licence fee, that is CNY 124,000 per year. This fee is fixed for the first three years after the warranty period. Support is ordered by separate purchase order each year and does not renew automatically.
P:6.3 Support requests are classified as follows: Severity 1 (the Software is unavailable or work orders cannot be issued), response within 1 hour and a workaround within 8 hours; Severity 2 (a major function is impaired), response within 3 hours and a fix within 2 working days; Severity 3 (other issues), response within 1 working day.
P:6.4 Support for Severity 1 and Severity 2 requests is available 24 hours a day, seven days a week, by telephone and a remote session approved by the Buyer.
P:6.5 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit CNY 1,000 against the next payment or support fee due.
P:6.6 During the warranty period the Vendor shall keep the Software compatible with the operating system and database versions used by the Buyer.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation and the Buyer may use, modify and license them freely, including to third parties who maintain them.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall indemnify the Buyer for resulting damages and costs.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 Buyer Data shall remain on the Buyer's servers in China. The Vendor's remote access requires the Buyer's approval for each session, runs through the Buyer's VPN and bastion host with multi-factor authentication and is logged. The Vendor shall not transfer Buyer Data outside China.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to or loss of Buyer Data, cooperate in the investigation and remediation, and be liable for the Buyer's losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equal obligations.
P:9.2 These obligations survive for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to request Final Acceptance on time for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breaches of Articles 8 and 9, infringement claims, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains liable for any approved subcontractor as for itself.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after the Buyer's notice, or if delay damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach the Vendor shall refund amounts paid for deliverables that have not been accepted.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of Pakistan.
P:13.2 The courts at Abbottabad shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:14.2 Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above. This Agreement is made in English in two originals, one for each party.
P:14.3 Neither party may assign this Agreement without the prior written consent of the other party.
P:14.4 Annex 1 (Implementation Plan) and Annex 2 (Functional Specification and Test Scripts) form part of this Agreement.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms

Order Form No. MRD-SO-2027-112

## Part A — Order Form

### A1 Parties

Provider: Takht Bhai Cloud Systems (Private) Limited, Bank Road, Mardan, Khyber Pakhtunkhwa, Pakistan.

Customer: Suzhou Yuanhe Precision Components Co., Ltd., Suzhou Industrial Park, Jiangsu, People's Republic of China.

### A2 Service

Provider will make available to Customer its hosted quality inspection records platform "InspectDesk", including the supplier quality portal, the non-conformance workflow, the calibration register and the reporting module, for up to 220 named users across Customer's two plants. The Service includes the standard mobile application for inspectors and the supplier self-service portal, with Chinese and English user interfaces.

### A3 Subscription Term

The Subscription Term is 24 months, consisting of two Subscription Years. The first Subscription Year starts on the date on which Onboarding is accepted under Section 4 of Part B.

### A4 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Year 1 | 220 named users, annual | 298,000 |
| Subscription, Year 2 | 220 named users, annual | 298,000 |
| Onboarding (one-time) | configuration, data import, training | 64,000 |
| Total Fees | | 660,000 |

Additional named users may be added at CNY 1,360 per user per Subscription Year, prorated by month. All fees include value-added tax.

### A5 Invoicing and Payment

The onboarding fee is invoiced after Onboarding is accepted. Each Subscription Year's fee is invoiced at the start of that Subscription Year. Customer pays each invoice within 30 days of receipt by bank transfer in CNY.

### A6 Special Terms

Onboarding shall be completed within 45 days after signature of this Order Form. Customer's named contact is the Quality Director of the Kunshan plant. Provider's named contact is its Head of Customer Success.

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the platform described in A2, including updates Provider makes generally available.

1.2 "Customer Data" means all data, records, files, images and measurement results submitted to the Service by or for Customer, or generated by the Service from them.

1.3 "Customer Configurations" means the workflows, forms, report templates and integration mappings built for Customer during Onboarding or later at Customer's request.

1.4 "Order Form" means Part A above. If Part A conflicts with Part B, Part A prevails.

### 2. Use of the Service

2.1 Provider grants Customer and its affiliates a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Customer shall keep its user credentials secure and is responsible for the activity of its named users. User accounts may not be shared, but may be reassigned when an employee leaves.

2.3 Customer shall not resell the Service or use it to build a competing product.

2.4 Customer may permit its contractors and suppliers to access the supplier quality portal for submitting inspection documents, provided that Customer remains responsible for their use.

### 3. Service Operation

3.1 Provider will use commercially reasonable efforts to make the Service available and to correct errors reported by Customer.

3.2 Provider may perform maintenance from time to time and will try to give notice of planned maintenance through the Service.

3.3 Support is available by e-mail and through the support portal during Provider's business hours. Provider will address support requests in the order it considers appropriate.

### 4. Onboarding and Acceptance

4.1 Provider shall carry out Onboarding, consisting of configuration of the workflows listed in the Onboarding plan, import of the supplier master and the last three years of inspection records, integration with Customer's ERP for purchase order and goods receipt data, and training of 25 key users.

4.2 When Onboarding is complete, Provider shall notify Customer. Customer shall test within ten working days against the following criteria: all workflows in the Onboarding plan run end to end; imported records match the source in number and key fields; the ERP interface transfers purchase orders and goods receipts without error on five consecutive working days; and key users have completed training.

4.3 Customer shall either confirm acceptance in writing or list the failures. Provider shall correct the failures and repeat the test. Use of the Service before written acceptance is not acceptance.

4.4 If Onboarding is not accepted within the period in A6 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 30,000 in total.

4.5 Provider shall deliver the Onboarding plan within ten days after signature, name an Onboarding lead and hold weekly progress calls with Customer's project team.

### 5. Fees and Taxes

5.1 Fees are as stated in A4 and are fixed for the Subscription Term.

5.2 If Customer fails to pay an undisputed invoice within 30 days after a written reminder, Provider may suspend access to the Service after a further ten days' notice.

5.3 Provider shall issue a valid VAT invoice for each payment. Customer may set off against any invoice the amounts owed to it by Provider under this Agreement.

### 6. Customer Data

6.1 Customer Data belongs to Customer. Customer grants Provider a limited right to host and process Customer Data only to provide the Service to Customer during the Subscription Term.

6.2 Provider shall not use Customer Data for any other purpose, including analytics, benchmarking or product development, and shall not disclose it to any third party except as required by law.

6.3 Within 30 days after the end of the Subscription Term, Provider shall make Customer Data available for export in a standard format and shall then delete it.

6.4 Customer may export Customer Data at any time during the Subscription Term through the standard export function of the Service, in CSV or XLSX format, at no additional charge.

### 7. Intellectual Property

7.1 Provider owns the Service and all related intellectual property.

7.2 Customer owns the Customer Configurations and all reports generated from Customer Data. Customer may use, copy and modify them and have third parties do so, also after the Subscription Term.

7.3 Customer's trademarks remain its property and Provider may not use them without Customer's prior written consent.

### 8. Confidentiality

8.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and not disclose it to third parties except to its employees, affiliates and advisers who need to know it and are bound by similar obligations.

8.2 This Section does not apply to information that is public, already known to the recipient, independently developed or lawfully received from a third party. The obligations last for three years after the Subscription Term ends.

### 9. Warranties

9.1 Provider warrants that the Service will perform materially in accordance with its documentation. Customer's remedy for breach of this warranty is the correction of the non-conformity or, if Provider cannot correct it within 30 days, termination under Section 11.

9.2 Provider warrants that it has the right to grant the rights in Section 2 and will defend Customer against third-party claims that the Service infringes intellectual property rights.

9.3 Except as stated in this Section, Provider gives no other warranties.

### 10. Liability

10.1 Each party's total liability under this Agreement is limited to twice the Total Fees stated in A4.

10.2 Neither party is liable for indirect or consequential loss, except for breach of Section 8, infringement claims and wilful misconduct.

### 11. Term and Termination

11.1 This Agreement runs for the Subscription Term. It ends at the end of the second Subscription Year unless the parties sign a new Order Form.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice describing the breach.

11.3 If Customer terminates under Section 11.2, Provider shall refund any prepaid fees for the remainder of the Subscription Term.

11.4 On expiry or termination, Sections 6.3, 7.2, 8, 10 and 13 continue to apply.

### 12. Subcontracting and Assignment

12.1 Provider shall not subcontract the provision of the Service or any part of Onboarding without Customer's prior written consent, and remains responsible for any approved subcontractor.

12.2 Neither party may assign this Agreement without the other's written consent, except to a successor in a merger.

### 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that the parties cannot settle by negotiation within 30 days shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

### 14. General

14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it gives prompt notice.

14.2 This Agreement, consisting of Part A and Part B, is the entire agreement of the parties on its subject and replaces earlier proposals. Amendments must be in writing and signed by both parties.

14.3 Notices must be given in writing to the addresses in A1 and, for urgent operational matters, also by e-mail to the named contacts in A6.

14.4 This Agreement is made in English. Each party bears its own costs of negotiating and signing it.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

E03 = """T:Supply Contract for Vibration Sensors, Gateways and Condition Monitoring Software
P:Contract No. NBX-PUR-2027-0077
P:Buyer: Ningbo Xinhai Paper Co., Ltd., Beilun District, Ningbo, People's Republic of China.
P:Supplier: Swat Valley Instruments (Private) Limited, Saidu Sharif Road, Mingora, Swat, Khyber Pakhtunkhwa, Pakistan.
P:This Contract is made on the Buyer's standard purchase terms for the supply, installation and commissioning of a condition monitoring system for the Buyer's paper machines PM2 and PM3.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, cables, mounting kits and spare parts listed in the price table in clause 2.
P:1.2 "Software" means the Supplier's condition monitoring software, including its analytics modules, with a perpetual licence for the Buyer.
P:1.3 "Project Deliverables" means the machine models, alarm thresholds, dashboards, interface programs and documents prepared by the Supplier for the Buyer under this Contract.
P:1.4 "Buyer Data" means all vibration, temperature and process data collected by the Equipment or processed by the Software, and all data derived from them.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and Software, install and commission them on PM2 and PM3, connect the Software to the Buyer's distributed control system and maintenance system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,660,000, fixed, inclusive of taxes, duties, freight to the Buyer's site and insurance, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensors|240|3,150|756,000
TB:2|Edge gateways with mounting|24|14,500|348,000
TB:3|Condition monitoring software, perpetual licence|1|410,000|410,000
TB:|Equipment and Software Subtotal|||1,514,000
TB:4|Installation, commissioning and interfaces|1|126,000|126,000
TB:5|Training|1|20,000|20,000
TB:|Contract Price|||1,660,000
P:2.3 The Supplier shall deliver two spare sensors for every twenty installed, which are included in the price of item 1.
P:2.4 The Supplier shall survey PM2 and PM3 within 20 days after signature and submit a sensor location plan showing the measuring points for each drive, roll and gearbox, which the Buyer shall approve before installation.
P:2.5 Training covers system administration for four engineers and daily use for twenty maintenance staff, held at the Buyer's site in Chinese or with an interpreter provided by the Supplier.
H:3. Payment
P:3.1 The Buyer shall pay 25% of the Contract Price within 20 days after signature against the Supplier's advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 50% of the Contract Price within 20 days after delivery of all Equipment to site, as confirmed by a delivery note. The delivery note confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 25% of the Contract Price within 20 days after Final Acceptance under clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment DDP to the Buyer's Beilun site within 60 days after signature, and complete installation and commissioning within 40 days after delivery.
P:4.2 Installation on running machines shall follow the Buyer's permit-to-work rules and be scheduled during planned shutdowns notified by the Buyer.
P:4.3 The Supplier shall provide with the Equipment the packing lists, certificates of origin and conformity, a calibration certificate for each sensor, installation drawings, user and maintenance manuals in Chinese and English, and a list of recommended spare parts with prices valid for three years.
P:4.4 Risk in the Equipment passes to the Buyer on delivery to site. Title passes on payment under clause 3.2.
H:5. Acceptance
P:5.1 After commissioning, the Supplier shall request acceptance testing. The acceptance criteria are: every installed sensor reports to the Software at the configured interval; data loss between sensor and Software does not exceed 0.5% of readings over 14 days; the alarm test for each machine model triggers the correct alarm within 60 seconds; the interfaces with the distributed control system and the maintenance system create and close work orders correctly; and the Buyer's staff have completed training.
P:5.2 Final Acceptance follows a 30-day trial run in which all criteria in 5.1 are met. The Buyer shall issue a Final Acceptance certificate within 7 working days after the trial run or list the failures.
P:5.3 Delivery, installation, commissioning or use of the system by the Buyer shall not be deemed acceptance.
P:5.4 If the system fails the acceptance tests, the Supplier shall correct the failures within 10 days and repeat the tests at its own cost. If it fails a second time, the Buyer may reject the system and terminate this Contract under clause 12.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries of the wireless sensors, and provide Software updates and support free of charge.
P:6.2 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support at 8% of the Equipment and Software Subtotal per year, that is CNY 121,120 per year, fixed for three years after the warranty period. Support is ordered by purchase order each year and does not renew automatically.
P:6.3 The monitoring Software, where hosted on the Buyer's servers with the Supplier's remote support, shall achieve monthly availability of at least 99.95% during the warranty period, excluding the Buyer's planned network outages.
P:6.4 Fault response:
TB:Priority|Description|Response|Resolution
TB:P1|Software or gateways down for a machine|2 hours|24 hours
TB:P2|Part of the sensors or functions affected|8 hours|3 working days
TB:P3|Other issues|1 working day|10 working days
P:6.5 For each hour of delay in P1 response or resolution, the Supplier shall pay CNY 800. For each 0.01 percentage point by which monthly availability falls short of 6.3, the Supplier shall pay CNY 1,000. The Buyer may deduct these amounts from any payment due.
P:6.6 During the warranty period the Supplier shall visit the site twice a year to check sensor mounting and battery status, review alarm thresholds with the Buyer's reliability engineers and deliver a written report.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual, non-exclusive licence to use it at the Buyer's sites.
P:7.2 The Project Deliverables belong to the Buyer upon creation. The Supplier shall hand over their source files, and the Buyer may use, modify and license them, also to other service providers.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including benchmarking or product development.
P:8.2 The Software runs on the Buyer's servers. The Supplier's remote access is allowed only with the Buyer's approval for each session, through the Buyer's VPN with two-factor authentication, and is recorded. The gateways shall use encrypted communication and the default passwords shall be changed at installation.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, assist in containment and investigation, and compensate the Buyer for losses caused by its breach of this clause.
P:8.4 At the end of support, or at the Buyer's request, the Supplier shall delete any Buyer Data it holds and confirm the deletion in writing.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's process data, machine layouts, drawings and other non-public information, and shall not disclose them to any third party without the Buyer's prior written consent. This obligation continues for five years after the Contract ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price. The Buyer may deduct delay damages from any amount due to the Supplier.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund payments for Equipment and services not accepted and bear the Buyer's reasonable extra cost of completing the work.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.
H:14. General
P:14.1 Force majeure excuses delay for its duration if promptly notified. Amendments must be in writing and signed by both parties.
P:14.2 The Supplier shall comply with the Buyer's site safety, environmental and anti-bribery rules attached to the Buyer's standard purchase terms.
P:14.3 Notices shall be in writing and sent to the addresses stated above. Neither party may assign this Contract without the other party's prior written consent. This Contract is made in English.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
"""

E04 = """# Managed IT Infrastructure Services Agreement

Agreement No. CDL-MS-2027-009

Customer: Chengdu Lanyu Cold Chain Logistics Co., Ltd., Shuangliu District, Chengdu, People's Republic of China.

Service Provider: Hindu Kush Digital Services (Private) Limited, Shahi Bazaar, Chitral, Khyber Pakhtunkhwa, Pakistan.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data stored on or passing through the managed infrastructure, including warehouse, temperature-logging, transport and customer records.

1.5 "Transition" means the take-over of the infrastructure from Customer's current arrangements described in Schedule 1, Part B.

1.6 "Critical Systems" means the warehouse management system, the temperature monitoring system and the transport management system, and the infrastructure they run on.

## 2. Term

2.1 This Agreement starts on signature. The Service Term is 36 months from the Service Commencement Date, which is the date on which Customer accepts Transition in writing under clause 4.

2.2 This Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties.

## 3. Services

3.1 The Service Provider shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

3.2 The Services are delivered through the Service Provider's remote operations centre and through one engineer stationed at Customer's Chengdu data room during Chinese working hours.

3.3 The Service Provider shall keep the infrastructure inventory, configuration records and runbooks up to date and available to Customer at any time.

3.4 The Service Provider shall attend a monthly service review with Customer's IT manager and present a report on Service Level performance, incidents, changes, capacity trends and improvement actions.

3.5 Changes to the infrastructure shall follow Customer's change management procedure. Emergency changes may be made to restore a critical system and shall be recorded and reviewed within two working days.

3.6 The Service Provider shall maintain a continuity plan for its remote operations centre so that monitoring and the service desk continue if that centre becomes unavailable, and shall test the plan once a year.

## 4. Transition and Acceptance

4.1 The Service Provider shall complete Transition within 60 days after signature. It shall deliver a transition plan within ten days after signature, covering knowledge transfer from Customer's current staff, tool deployment, documentation and the shadow operation.

4.2 Transition is accepted when: all servers, storage, network devices and backup jobs listed in Schedule 1 are under monitoring; the runbooks for every critical system are approved by Customer; a restore test of each critical system succeeds; and a 10-day shadow operation completes without a P1 incident caused by the Service Provider.

4.3 Customer shall confirm acceptance in writing or list the deficiencies within five working days after the Service Provider's notice of completion. Operation of the Services before written acceptance is not acceptance.

4.4 If Transition is not accepted on time for reasons attributable to the Service Provider, it shall pay CNY 2,000 for each day of delay, up to CNY 120,000.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The transition fee is invoiced after acceptance of Transition. The monthly service charge is invoiced monthly in arrears.

5.2 Customer pays each correct invoice within 30 days. Service credits under Schedule 2 are deducted from the next invoice.

5.3 The Charges are fixed for the Service Term.

5.4 If Customer adds or removes servers or network devices, the monthly service charge is adjusted by the unit rates in Schedule 3 from the following month.

## 6. Data Protection and Security

6.1 Customer Data belongs to Customer. The Service Provider shall process Customer Data only to perform the Services and shall not use it for any other purpose or transfer it outside the People's Republic of China.

6.2 The Service Provider shall apply the security measures in Schedule 1, Part C, including role-based access, multi-factor authentication for all administrative access, logging of privileged sessions, encrypted backups, monthly vulnerability scanning and patching within the periods agreed in Schedule 2.

6.3 The Service Provider shall notify Customer of any security incident affecting Customer Data within 6 hours, contain it, support the investigation and any notification to regulators, and bear the losses caused by its failure to meet this clause 6.

6.4 The Service Provider shall cooperate with Customer's MLPS level-2 assessment and with audits by Customer's pharmaceutical clients, and shall remedy audit findings within the agreed periods. At least once a year it shall provide evidence of its security controls, including access reviews and the results of vulnerability scans.

## 7. Intellectual Property

7.1 Runbooks, scripts, monitoring templates and documents created for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any future service provider.

7.2 The Service Provider's pre-existing tools remain its property. Customer receives a free licence to use any such tools embedded in the deliverables for its internal purposes.

## 8. Personnel and Subcontracting

8.1 The Service Provider shall assign qualified staff and replace any person whom Customer reasonably objects to.

8.2 The Service Provider shall not subcontract any part of the Services without Customer's prior written consent.

8.3 Staff with administrative access shall pass background checks permitted by law and shall be trained in Customer's security policies before access is granted.

## 9. Liability

9.1 The Service Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Charges paid by Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect loss or loss of profit.

9.3 The limit in clause 9.1 does not apply to personal injury or wilful misconduct.

## 10. Termination

10.1 Customer may terminate this Agreement by written notice if the Service Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Service Provider misses the P1 resolution target more than three times in any quarter.

10.2 On expiry or termination, the Service Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, return all Customer Data and documents and then securely delete its copies.

10.3 Customer may also terminate this Agreement for convenience on 90 days' written notice after the first 18 months of the Service Term, paying the monthly service charges up to the termination date.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Chengdu Arbitration Commission.

## 12. General

12.1 Force majeure excuses performance for its duration if notified promptly. Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

12.2 Notices shall be in writing and sent to the addresses stated above. Neither party may assign this Agreement without the other party's prior written consent.

12.3 Each party shall appoint a contract manager. The contract managers meet quarterly to review the Agreement and agree any changes to the Schedules.

## Schedule 1 — Services

| Part | Service | Scope |
|---|---|---|
| A | Monitoring and event management | 64 servers, 3 storage arrays, 41 network devices, 24x7 |
| A | Server and operating system administration | patching, capacity, user accounts |
| A | Backup and restore | daily backups, quarterly restore tests |
| A | Network operations | firewall rule changes, WAN links to 9 warehouses |
| A | Service desk for infrastructure | tickets from Customer's IT team, Chinese and English |
| A | Capacity and performance management | monthly trend reports and forecasts |
| A | Asset and configuration records | inventory, licences, warranty dates |
| B | Transition | inventory, runbooks, tool deployment, shadow operation |
| C | Security measures | access control, MFA, session logging, scanning, encrypted backups |

## Schedule 2 — Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Availability of critical systems (monthly) | 99.95% | 2% of the monthly charge per 0.02 point below target |
| P1 response | 30 minutes | CNY 1,000 per late response |
| P1 resolution | 6 hours | CNY 2,000 per hour late |
| P2 response / resolution | 2 hours / 1 working day | CNY 500 per late ticket |
| Critical patching | within 10 days of release | CNY 500 per system per week late |

P1 means an outage of a critical system (warehouse management, temperature monitoring, transport management) or of the data room network.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition acceptance | 96,000 |
| Monthly service charge | 64,000 per month for 36 months | 2,304,000 |
| Total contract value | | 2,400,000 |
| Exit assistance | per engineer day, if requested | 3,200 |
| Additional server or network device | per device per month | 620 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. QDG-DATA-2027-23

BETWEEN
Qingdao Haiguo Grain and Oilseed Trading Co., Ltd., Shinan District, Qingdao, People's Republic of China (the "Customer"); and
Kohat Pass Analytics (Private) Limited, Hangu Road, Kohat, Khyber Pakhtunkhwa, Pakistan (the "Supplier").

BACKGROUND
The Customer trades wheat, maize and oilseeds and wishes to receive crop condition, weather and freight market data through an application programming interface for use in its trading and risk systems. The Supplier compiles such data from satellite imagery, weather services and market sources.

1. DEFINITIONS
1.1 "Data Feeds" means the datasets described in Schedule A, delivered through the API and as daily files.
1.2 "API" means the Supplier's secured programming interface through which the Customer retrieves the Data Feeds.
1.3 "Customer Data" means the Customer's queries, watch lists, portfolio and position information, user details and any other data the Customer submits to the API or the Supplier.
1.4 "Custom Feeds" means the regional crop indices and the freight spread series built by the Supplier to the Customer's specification under clause 3.
1.5 "Subscription Year" means each period of one year starting on the Go-Live Date or its anniversary.

2. TERM
2.1 This Agreement starts on signature. The subscription runs for two Subscription Years from the Go-Live Date, which is the date on which the Customer accepts the integration under clause 4.
2.2 This Agreement ends at the end of the second Subscription Year. The parties may agree a further term in writing; no further term arises automatically.

3. SERVICES
3.1 The Supplier shall provide the Data Feeds through the API for up to 40 named users and four system accounts, with the update frequencies stated in Schedule A.
3.2 The Supplier shall build the Custom Feeds and support the integration of the API with the Customer's trading and risk systems during the setup phase.
3.3 The Supplier shall notify the Customer at least 30 days before it changes the structure of any Data Feed and shall keep the previous version available for at least 90 days.
3.4 The Supplier shall provide a test environment with the same Data Feeds delayed by one day, for the Customer's development and testing, at no extra charge.
3.5 The Supplier shall describe in Schedule A the sources and methods used for each Data Feed and shall inform the Customer promptly of any material change of source or method.
3.6 If the Supplier becomes aware of an error in a Data Feed, it shall correct it and notify the Customer within one working day, stating the affected dates and values.

4. SETUP AND ACCEPTANCE
4.1 The Supplier shall complete the setup within 45 days after signature.
4.2 The integration is accepted when the following are met: all Data Feeds in Schedule A are delivered through the API at the stated frequencies for ten consecutive working days; the Custom Feeds reproduce the Supplier's agreed methodology on a test period chosen by the Customer; the API returns standard queries within 2 seconds; and the Customer's systems load the daily files without manual correction.
4.3 The Customer shall confirm acceptance in writing or list the deficiencies within five working days after the Supplier's notice. Use of the Data Feeds before written acceptance is not acceptance.
4.4 If the setup is not accepted on time for reasons attributable to the Supplier, the Supplier shall pay CNY 600 for each day of delay, up to CNY 36,000.

5. FEES AND PAYMENT
5.1 The fees are as follows:
   Setup and Custom Feeds, one-time, invoiced after acceptance under clause 4: CNY 44,000
   Subscription fee, Subscription Year 1, invoiced at the start of the year: CNY 418,000
   Subscription fee, Subscription Year 2, invoiced at the start of the year: CNY 418,000
   Total fees for the term: CNY 880,000
5.2 The Customer shall pay each correct invoice within 30 days by bank transfer in CNY. Fees include value-added tax.
5.3 Fees are fixed for both Subscription Years.
5.4 The Supplier shall issue a valid VAT invoice for each payment. The Customer may deduct service credits and delay payments from any invoice.

6. SERVICE LEVELS
6.1 The API shall be available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and performed on Sundays between 01:00 and 05:00 Beijing time.
6.2 Incident response times: Priority 1 (API unavailable or a daily Data Feed not delivered), response within 1 hour and resolution or workaround within 6 hours; Priority 2 (delayed or incomplete data), response within 2 hours and resolution within 1 working day; Priority 3, response within 1 working day.
6.3 If monthly availability falls below the level in 6.1, the Customer receives a service credit of 5% of one twelfth of the current Subscription Year fee for each started 0.1 percentage point of shortfall. Each late Priority 1 resolution earns a credit of CNY 1,000 per hour. Credits are deducted from the next invoice or refunded at the end of the term.

7. LICENCE AND INTELLECTUAL PROPERTY
7.1 The Supplier grants the Customer a non-exclusive licence during the term to use the Data Feeds for its internal trading, risk management and reporting, including in reports to its banks and auditors.
7.2 The Supplier owns its datasets, methods and the API.
7.3 The Custom Feeds built to the Customer's specification, and all models, reports and analyses the Customer creates with the Data Feeds, belong to the Customer, which may use, modify and license them freely. The Supplier shall not provide the Custom Feeds to other clients.
7.4 The Customer may keep and continue to use Data Feed values already incorporated in its reports, models and records after the end of the term.
7.5 The Supplier warrants that it has the rights needed to license the Data Feeds and shall defend the Customer against third-party claims that the Customer's permitted use infringes their rights.

8. CUSTOMER DATA AND SECURITY
8.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to provide the services under this Agreement and shall not analyse, aggregate or disclose it for any other purpose.
8.2 The Supplier shall protect the API and Customer Data with encrypted transport, API keys with IP allow-lists, multi-factor authentication for its administrators, logging of all access and an annual independent penetration test, and shall store Customer Data only in the hosting region agreed in Schedule A.
8.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within 8 hours, take remedial action and compensate the Customer for losses caused by its breach of this clause.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public information, including the Customer's positions, watch lists and trading strategies, and shall not disclose it to third parties without prior written consent, during the term and for five years afterwards.

10. SUBCONTRACTORS
10.1 The Supplier may engage subcontractors, including data processing and hosting providers, to perform any part of the services. The Supplier shall inform the Customer in writing of each new subcontractor at least 14 days before it starts work and remains responsible for its subcontractors.

11. LIABILITY
11.1 The Supplier's total liability arising out of or relating to this Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.
11.2 Neither party is liable for indirect loss, loss of profit or trading losses.
11.3 The limit in clause 11.1 does not apply to breach of clauses 8 and 9, infringement claims under clause 7.5 or wilful misconduct.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
12.2 If the Customer terminates under clause 12.1, the Supplier shall refund the unused part of the Subscription Year fee paid.
12.3 On expiry or termination, the Supplier shall return or delete Customer Data within 30 days and confirm deletion in writing.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

14. GENERAL
14.1 Neither party is liable for delay caused by force majeure if it notifies the other promptly.
14.2 Amendments must be in writing and signed by both parties. Schedule A forms part of this Agreement.
14.3 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to each party's named contact. Neither party may assign this Agreement without the other party's prior written consent.
14.4 This Agreement is made in English in two originals, one for each party.

SCHEDULE A - DATA FEEDS
A.1 Crop condition indices for wheat, maize, soybean and rapeseed in twelve producing regions, updated daily.
A.2 Weather observations and 10-day forecasts for the same regions, updated four times a day.
A.3 Dry bulk freight rates and port congestion indicators for eight loading ports, updated daily.
A.4 Custom Feeds: regional crop indices and freight spread series defined in the setup specification.
A.5 Hosting region: the Supplier's cloud tenancy in Shanghai, People's Republic of China.

Signed for the Customer: ____________________
Signed for the Supplier: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "z01": ("h791z01_groundwater_overdraft_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h791z02_cotton_swab_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h791z03_boxing_gym_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h791z04_infectious_disease_hospital_fever_clinic_om.txt", "txt", Z04),
    "z05": ("h791z05_morin_khuur_workshop_tracking_supplier_template.md", "md", Z05),
    "e01": ("h791e01_maintenance_planner_perpetual_licence_abbottabad.pdf", "pdf", E01),
    "e02": ("h791e02_quality_records_saas_order_form_mardan.md", "md", E02),
    "e03": ("h791e03_vibration_sensors_monitoring_licence_mingora.docx", "docx", E03),
    "e04": ("h791e04_managed_infrastructure_services_chitral.md", "md", E04),
    "e05": ("h791e05_crop_freight_data_api_subscription_kohat.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
B = "buyer"
# availability, p1, remedy, ip, data_sec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law, kind
TERMS = {
    "z01": (99.95, 0.5, True, B, True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
    "z02": (None, 1, True, B, True, True, True, 0.06, None, 20, True, True, 18, 26, False, True, True, "PRC", G),
    "z03": (99.5, 0.5, True, B, True, True, True, 0.1, 200, None, True, None, None, None, True, True, False, "PRC", S),
    "z04": (None, 0.25, True, B, True, True, True, None, None, None, True, None, None, None, False, False, False, "PRC", S),
    "z05": (None, 8, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None, False, True, None, None, G),
    "e01": (None, 1, True, B, True, True, True, 0.1, 150, 10, True, True, 24, 10, False, True, False, "Pakistan", G),
    "e02": (None, None, False, B, False, True, True, 500 / 660000 * 100, 200, None, True, None, None, None, False, True,
            False, "PRC", S),
    "e03": (99.95, 2, True, B, True, True, True, 0.08, 200, 25, True, True, 36, 8, False, True, False, "PRC", G),
    "e04": (99.95, 0.5, True, B, True, True, False, 2000 / 2400000 * 100, 6 / 36 * 100, None, True, None, None, None,
            False, True, False, "PRC", S),
    "e05": (99.95, 1, True, B, True, True, True, 600 / 880000 * 100, 6 / 24 * 100, None, True, None, None, None, False,
            True, True, "PRC", S),
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 1960000),
    "z02": (True, True, True, False, 1800000),
    "z03": (True, True, None, False, 1040000),
    "z04": (True, False, None, False, 686000),
    "z05": (True, True, False, True, 600000),
    "e01": (True, True, True, False, 1680000),
    "e02": (False, True, None, False, 660000),
    "e03": (True, True, True, False, 1660000),
    "e04": (True, True, None, False, 2400000),
    "e05": (True, True, None, False, 880000),
}
FORUM_OUTSIDE = {"e01"}  # courts at Abbottabad
TCO_BASE = {"z01": 1080000, "z02": 1600000, "e01": 1240000, "e03": 1514000}  # itemised licence / hardware subtotal
PRICE_PARTS = {"z01": [1080000, 620000, 168000, 92000], "z02": [620000, 286000, 254000, 198000, 242000, 168000, 32000],
               "z03": [476000 * 2, 88000], "z04": [171500 * 4], "z05": [236000, 318000, 46000],
               "e01": [1240000, 380000, 60000], "e02": [298000, 298000, 64000],
               "e03": [240 * 3150, 24 * 14500, 410000, 126000, 20000], "e04": [96000, 64000 * 36],
               "e05": [44000, 418000, 418000]}
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-MISSING", "CR-TERMINATION"],
    "e02": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy §3 thresholds
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(k, t):
    w, fee = t["warranty_months"], t["post_warranty_fee_pct"]
    years = max(0.0, 5 - w / 12)
    post = years * fee / 100 * TCO_BASE[k]
    return post / (EXTRA[k][4] + post) * 100


def derive(k, t, x):
    r = set()
    sla, ld_stated, capped, deemed, cv = x
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and capped and tco_share(k, t) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or k in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append("\t".join(c.text for c in row.cells))
        return "\n".join(lines)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NB = r"(?<![\d.])"
TH_RE = re.compile("|".join([
    r"99\.9(?!\d)", NB + r"4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?:four|四)\s*(?:hours?|小时|个小时)",
    NB + r"0\.05(?!\d)", r"万分之五(?!十)", NB + r"100\s*%", r"百分之(?:一)?百",
    NB + r"30\s*%", r"百分之三十(?![一二三四五六七八九])", NB + r"12\s*-?\s*months?", NB + r"12\s*个月", r"十二个月", r"twelve[\s-]*months?",
    NB + r"15\s*%", r"百分之十五(?![一二三四五六七八九])", NB + r"40\s*%", r"百分之四十(?![一二三四五六七八九])",
]), re.I)
MUST_HIT = ["99.9%", "within 4 hours", "4小时内响应", "四小时", "0.05% per day", "万分之五", "100% of fees", "30%",
            "百分之三十", "12 months", "12-month", "十二个月", "twelve months", "12个月", "15%", "百分之十五", "40 %",
            "within4hours"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.5%", "0.08%", "130%", "200%", "35%", "25%",
             "36 months", "2027年12月31日", "百分之三十五", "1.5%", "140%", "115%", "万分之五十", "0.055"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in TH_RE.finditer(variant)]
    return hits


def label(k, name):
    t = dict(zip(TERM_KEYS, TERMS[k]))
    sla, ld_stated, capped, deemed, cv = EXTRA[k]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": name, "language": "zh" if k.startswith("z") else "en", "category": CATEGORY[k],
            "expected_terms": t, "expected_extra": extra, "expected_rules": derive(k, t, EXTRA[k])}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    office = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in office.items()}, {k: (v[0], v[1]) for k, v in office.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt, src) in FILES.items():
        assert sum(PRICE_PARTS[k]) == EXTRA[k][4], (k, sum(PRICE_PARTS[k]))
        lab = label(k, name)
        t = lab["expected_terms"]
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        if k in TCO_BASE:
            sh = tco_share(k, t)
            assert abs(sh - 40) > 2, (k, sh)
            print("  TCO share %s %.2f" % (k, sh))
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name)
        if k.startswith("z"):
            n = len(re.sub(r"\s+", "", text))
            assert 2750 <= n <= 3000, (k, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "words", n)
        hits = scan(text)
        assert not hits, (k, hits)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-62s len %5d  %-6s %s" % (k, name, n, risk(lab["expected_rules"]), ", ".join(lab["expected_rules"])))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = [len(DESIGN[k]) for k in ("z02", "z03", "z04", "e02", "e04", "e05")]
    assert all(2 <= c <= 3 for c in counts) and 8 <= len(DESIGN["z05"]) <= 10
    print("all checks passed; every rule covered")


if __name__ == "__main__":
    main()
