"""Builds holdout1134: ten blind held-out draft contracts and their .json labels, and asserts the checks of the brief.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:东港市海洋渔业局渔船动态监管平台采购合同
P:合同编号：DGHY-ZFCG-2027-017
P:采购人（甲方）：东港市海洋渔业局
P:供应商（乙方）：青屿海联信息技术有限公司
P:根据东港市政府采购中心组织的公开招标结果（项目编号DGCG-2027-0311）以及招标文件、投标文件，甲乙双方经协商一致，就渔船动态监管平台软件许可及定制开发事项订立本合同，双方共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供渔船动态监管平台软件（V5.3）的永久使用许可，覆盖甲方本级及下属六个渔港监督站，不限用户数。
P:1.2 乙方按甲方需求定制开发渔船动态监控、进出港报告、电子围栏越界告警、船员持证核验及执法案件流转五个功能模块，并与北斗船位系统、AIS岸基系统及省级渔船管理数据库对接。
P:1.3 乙方负责平台部署、历史船籍数据迁移、系统联调及对甲方人员的操作培训。详细需求以招标文件第三章及双方确认的需求规格说明书为准。乙方应对甲方管理人员、执法人员及系统管理员分别组织不少于两期的培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾捌万元整（¥2,180,000.00），为含税固定总价，包括软件许可、定制开发、实施、培训、差旅及质保期内全部服务费用。
P:2.2 价款明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可|1,160,000
TB:2|五个功能模块定制开发及系统对接|836,000
TB:3|部署实施与数据迁移|148,000
TB:4|操作与运维培训|36,000
TB:合计||2,180,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计人民币436,000元。
P:3.2 系统通过初步验收后十五个工作日内，甲方支付合同总价的55%，计人民币1,199,000元。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的25%，计人民币545,000元。
P:2.3 合同履行期间，合同总价不因物价、汇率等因素调整。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款须符合国库集中支付的有关规定。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成全部开发、部署及数据迁移，并书面提请初步验收。
P:4.2 乙方应每两周提交项目进度报告，重大变更须经甲方书面确认。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有五年以上同类项目经验，未经甲方同意不得更换，且每周至少三个工作日驻场办公。
P:4.4 乙方交付的文档包括需求规格说明书、概要设计、详细设计、数据库设计、测试报告、用户手册、运维手册及培训教材，均应提供纸质版及电子版。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准包括：需求规格说明书所列功能逐项测试通过；船位数据刷新时延不超过30秒；电子围栏告警在船舶越界后1分钟内推送；迁移后船籍数据与原库逐条比对一致；第三方机构出具的安全测评报告无高危漏洞。
P:5.2 初步验收通过后系统试运行九十日，试运行期间未发生一级故障且累计问题均已关闭的，甲方组织最终验收，并邀请专家参加。
P:5.3 系统上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
P:5.4 验收所需的测试环境由甲方提供，测试用例由乙方编制并经甲方确认。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过软件许可费的8%（即每年不超过人民币92,800元），且质保期满后三年内不得上调。
P:6.3 质保期内，乙方每季度对平台进行一次巡检并提交巡检报告，对甲方提出的小范围功能调整（单项工作量不超过五人日）免费完成。
P:6.4 乙方应设立7×24小时服务热线，并指定专门的服务工程师负责本项目。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分为三级。一级故障（平台整体不可用或船位数据中断）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障：2小时内响应，1个工作日内解决；三级故障：8小时内响应，5个工作日内解决。
P:7.3 乙方每迟延响应或迟延恢复一小时，甲方可从应付款项中扣减人民币800元；月度可用率每低于承诺值0.01个百分点，扣减人民币1,500元。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方所有，甲方享有永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的功能模块、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时交付完整源代码。甲方可自行或委托第三方修改、使用。
P:8.3 乙方保证其提供的软件不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的渔船、船员、船位及执法数据均属于甲方，乙方仅可为履行本合同在甲方授权范围内接触，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护的要求，运维操作一律经甲方堡垒机进行并留存日志，不得将数据复制至甲方网络以外的介质。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或期满后，乙方应在十日内向甲方移交全部数据并删除其留存的副本，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、执法信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方提供的系统不符合合同约定且经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项，并赔偿甲方损失。
P:11.3 乙方未达到第七条服务水平的，按7.3扣减；扣减不足的，甲方有权从应付款中扣除。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方承担违约责任。
P:13.2 逾期交付超过六十日的，甲方可直接解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:15.2 因台风、地震等不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明，双方可根据影响程度协商延期履行或部分免除责任。
P:甲方（盖章）：东港市海洋渔业局　　乙方（盖章）：青屿海联信息技术有限公司
P:签订日期：2027年3月　日
"""

Z02 = """T:打包机生产线控制系统改造合同
P:合同编号：HS-JG-2027-0426
P:甲方（买方）：衡山智捆电动打包机制造有限公司
P:乙方（卖方）：常州汇控自动化工程有限公司
P:甲方现有三条电动打包机装配生产线的控制系统已运行多年，故障频发、备件停产。为提高产线稳定性和节拍，甲方委托乙方对上述生产线的控制系统进行改造，包括设备供货、软件许可、程序开发、安装调试及售后服务。双方经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除三条生产线原有继电器控制柜及老旧PLC，新增PLC控制系统、伺服驱动、触摸屏人机界面、捆带张力视觉检测装置，并部署产线控制软件，实现三条产线的集中监控、配方管理、故障报警和产量统计。
P:1.2 乙方负责编写全部PLC程序、触摸屏画面及与甲方ERP系统的产量数据接口，并负责改造期间的停线切换方案，单条产线停线时间不得超过七日。
P:1.3 改造后每条产线节拍应由原每台四十五秒提升至每台三十五秒以内，一次装配不良率不高于0.8%。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾万零陆仟元整（¥1,806,000），含税，包括设备、软件许可、开发、运输、安装调试、培训及质保期内服务费用。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制器及IO模块|3套|486,000
TB:2|伺服电机及驱动器|36轴|392,000
TB:3|触摸屏人机界面|6台|148,000
TB:4|捆带张力视觉检测装置|3套|214,000
TB:5|产线控制软件永久许可|1套|280,000
TB:|软硬件小计||1,520,000
TB:6|改造安装与调试|1项|168,000
TB:7|PLC及接口程序开发|1项|96,000
TB:8|操作与维修培训|1项|22,000
TB:|合计||1,806,000
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即人民币361,200元。
P:3.2 三条生产线全部完成设备到货及安装后十个工作日内，甲方支付合同总价的45%，即人民币812,700元。到货及安装完成不视为验收。
P:3.3 项目最终验收合格后十个工作日内，甲方支付合同总价的35%，即人民币632,100元。
P:3.4 乙方应在每期付款前开具合法有效的13%增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后六十日内将设备运至甲方厂区，并按双方确认的停线计划逐条完成改造，全部改造应在合同生效后一百二十日内完成。
P:4.2 设备到货时双方共同开箱清点，核对型号、数量及出厂合格证明。
P:4.3 乙方施工人员进入甲方厂区应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票。因乙方施工造成人身伤害或财产损失的，由乙方承担责任。
P:4.4 乙方应在每条产线停线前提交切换方案及回退预案，经甲方生产部门书面确认后方可实施，确保改造期间甲方订单交付不受重大影响。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产七十二小时，由甲方按以下标准逐条验收：节拍和合格率达到第1.3条要求；全部报警点、急停回路和安全光栅测试有效；配方切换时间不超过三分钟；产量数据与ERP接口核对一致。
P:5.2 三条产线均通过单线验收并连续稳定运行三十日后，甲方组织最终验收，双方签署最终验收报告。
P:5.3 不符合验收标准的，乙方应在十日内整改后重新验收。产线恢复生产或甲方付款，均不视为验收合格。
P:5.4 验收所需的检测工具及试生产物料由甲方提供，乙方负责编制验收测试记录表并经双方签字确认。
H:第六条 质量保证与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备和软件的故障维修、零部件更换及程序修改均免费。
P:6.2 质保期满后，乙方提供整线维保服务，内容包括两名驻场工程师、季度预防性维护、备品备件更换及软件升级。维保费每年按软硬件小计的32%计取，即每年人民币486,400元，三年内固定不变，按年度签订维保协议并按季度支付。
P:6.3 乙方保证所供关键部件在最终验收后八年内持续供应备件；停产的，应提前六个月书面通知甲方并提供兼容替代方案。
P:6.4 乙方应向甲方提供全套电气图纸、PLC程序备份、设备说明书和维修手册，并在甲方厂区存放一套常用易损备件。
H:第七条 服务响应
P:7.1 故障分级：一级故障指任一条产线停线；二级故障指单台设备或单项功能异常但产线可降速运行；三级故障指其他问题。
P:7.2 一级故障乙方应在30分钟内远程响应，3小时内到达现场，8小时内恢复生产；二级故障2小时内响应，次日内解决；三级故障在下次巡检时解决。
P:7.3 乙方每迟延到场或迟延恢复一小时，向甲方支付人民币800元；因乙方原因造成停线累计超过十八小时的，另按甲方实际损失赔偿。
P:7.4 乙方应每季度提交一次服务报告，列明故障处理、预防性维护和备件消耗情况。
H:第八条 培训与知识产权
P:8.1 产线控制软件的著作权归乙方，甲方获得永久使用许可，可在甲方厂区内不限次数安装使用。
P:8.2 乙方为本项目编写的PLC程序、触摸屏画面、接口程序及其源文件归甲方所有，乙方应在最终验收时移交全部源文件及注释说明，甲方可自行或委托他人修改。
P:8.3 乙方应为甲方电气维修人员和产线操作工分别提供不少于三日的现场培训，使其能够独立完成日常操作、常见故障判断和程序备份恢复。
H:第九条 数据安全
P:9.1 产线运行数据、工艺配方和产量数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方审批，通过甲方提供的VPN和专用账号进行，操作全程记录；乙方不得在产线网络中安装与本项目无关的软件，不得擅自拷贝配方数据。
P:9.3 因乙方原因造成数据泄露、丢失或控制系统被入侵的，乙方应在2小时内通知甲方，协助恢复，并赔偿甲方全部损失。
H:第十条 保密
P:10.1 双方对在合作中获知的对方技术资料、工艺参数、价格和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:第十一条 违约责任
P:11.1 乙方未按期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 改造后产线达不到第1.3条指标的，乙方应免费整改；整改两次仍不合格的，甲方有权退货并要求乙方返还已付款项。
P:11.3 乙方提供的设备为翻新件或与合同约定型号不符的，甲方有权要求更换，乙方并应按该设备价款的两倍支付违约金。
H:第十二条 分包与解除
P:12.1 乙方不得转包本合同。电气柜安装等辅助工作需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
P:12.2 乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应返还相应款项并赔偿损失。
H:第十三条 法律适用与争议
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交常州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件包括技术方案、设备清单和停线切换计划，与本合同具有同等效力。因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，可据实部分或全部免除责任。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z03 = """叉车培训门店预约与会员管理系统服务合同

合同编号：JX-SaaS-2027-0058
甲方：安驰叉车驾驶培训连锁管理有限公司
乙方：杭州约课云网络科技有限公司

甲方在华东地区经营30家叉车及场内机动车驾驶培训门店，拟统一使用线上预约与会员管理系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商，订立本合同。

一、服务内容
（一）乙方向甲方30家门店提供“约课云”预约排课与会员管理系统的使用服务，包括学员在线报名、考前练车预约、教练排班、会员卡与课时包管理、微信小程序、门店经营报表等功能，并支持学员在门店之间转店及课时通用。
（二）实施服务：乙方负责系统配置、甲方现有学员及课时余额数据迁移、小程序上线、与甲方财务系统的收款对账接口，以及对门店店长和前台人员的培训。
（三）服务期限为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度紧接其后。
（四）服务期内，乙方免费提供系统的功能更新、安全补丁、在线客服及门店操作指导，新版本上线前应提前五个工作日通知甲方，不得删减甲方正在使用的功能。
（五）培训服务：乙方应对各门店店长、前台及教练分批进行线上和现场培训，总部培训不少于两次，培训后提供操作手册和视频教程。

二、服务费用
（一）本合同总价为人民币656,000元，含税，明细如下：
1. SaaS服务年费：每门店每服务年度9,600元，30家门店每服务年度288,000元，两个服务年度合计576,000元；
2. 实施费（配置、数据迁移、小程序上线及接口开发）：64,000元，一次性；
3. 培训费：16,000元，一次性。
（二）服务期内新增门店的，按每门店每服务年度9,600元按月折算；门店关闭的，甲方可提前一个月通知乙方减少门店数量，自下一个服务年度起相应调减费用。
（三）除本合同约定外，乙方不得以任何名义另行收取费用；短信通知费用已包含在服务年费中。

三、付款方式
（一）实施费和培训费在上线验收合格后十五个工作日内支付。
（二）每个服务年度的SaaS服务年费在该服务年度开始后十五个工作日内支付。
（三）乙方应在甲方付款前开具增值税专用发票。本合同不设预付款。
（四）甲方有权从应付款项中扣除乙方应支付的违约金和服务减免金额。

四、实施与上线验收
（一）乙方应在合同生效后四十五日内完成全部实施工作并提请上线验收。
（四）乙方应指定一名具有三年以上同类项目经验的项目经理和不少于四名实施顾问，未经甲方同意不得更换项目经理。实施期间每周提交进度报告。
（五）甲方应指定一名项目联系人，及时提供门店信息、学员数据及收费标准，组织门店人员参加培训，并对上线验收给予配合。
（六）验收不合格的，乙方应在七日内整改并重新提请验收；因整改导致的延误计入逾期天数。
（二）上线验收标准：
1. 需求确认书所列功能在30家门店全部可用；
2. 迁移的学员档案、会员卡余额和剩余课时与甲方原始台账逐条核对无差异；
3. 预约高峰期（200名学员同时操作）页面响应时间不超过3秒；
4. 收款对账接口连续七日对账结果与甲方财务记录一致。
（三）验收合格后双方签署上线验收单。系统试用或门店开始使用不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日0:00至6:00之间并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或收款）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，当日内解决；
3. 三级故障（咨询及一般问题）：8小时内答复。
（三）服务补偿：月度可用率低于承诺值的，按当月服务费的5%减免；低于99%的，按当月服务费的10%减免。一级故障每超时一小时，另减免人民币500元。减免金额在下一期服务费中抵扣。
（四）乙方应提供7×24小时服务热线和在线工单系统，并每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方进行系统升级或迁移机房的，应提前十日书面通知甲方，并保证升级后数据完整、功能不降低。

六、数据归属与数据安全
（一）甲方及其学员在系统中产生的学员信息、预约记录、会员及交易数据归甲方所有。
（二）甲方同意乙方可将上述数据经去标识化处理后的汇总统计结果，用于乙方产品改进及发布行业分析报告，该项使用在本合同终止后仍可继续。
（三）乙方应将数据存储于中国境内的云服务器，对学员身份证号和手机号加密存储，实行最小权限访问和操作日志审计，系统应通过网络安全等级保护二级测评。乙方每年应委托第三方进行一次渗透测试，并将报告摘要提供给甲方。
（四）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担由此造成的全部损失，包括甲方向学员承担的赔偿。
（五）合同终止后三十日内，乙方应以通用格式向甲方完整导出全部数据，并在甲方确认后删除。
（六）学员个人信息的收集应在小程序中以显著方式取得学员同意，乙方应协助甲方履行个人信息保护义务，不得向学员推送与甲方业务无关的广告。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、会员等级规则、报表模板及财务对账接口归甲方所有，甲方可自行使用、修改或交由第三方维护。乙方应在上线验收时移交上述定制内容的源文件及说明文档。
（三）乙方保证其提供的系统及服务不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。

八、保密
双方对在履行本合同过程中知悉的对方商业秘密、经营数据和价格信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务不因合同终止而失效，保密期限为合同终止后三年。

九、违约责任
（一）乙方未按期提请上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第六条约定的，甲方除要求赔偿损失外，有权解除合同。
（三）服务补偿不足以弥补甲方损失的，乙方应赔偿差额部分。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十一、合同解除与期满
（一）任何一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）合同期满后本合同终止。甲方需继续使用的，双方另行协商签订新合同。
（三）合同解除或终止时，乙方应继续提供不少于三十日的过渡服务，配合甲方将数据迁移至新的系统，期间不另收费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会仲裁。争议处理期间，双方应继续履行本合同其他条款。

十三、不可抗力
因不可抗力致使合同无法履行的，受影响一方应在事件发生后五日内通知对方并提供证明，双方协商延期履行或解除合同，互不承担违约责任。

十四、其他
本合同附件包括需求确认书、门店清单及服务水平说明。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """临川县粮食和物资储备局
粮库温湿度监测系统年度运维服务合同

项目名称：粮库温湿度监测系统2027年度运维服务
采购方式：竞争性磋商（采购编号：LCCG-2026-C-092）
采购人（甲方）：临川县粮食和物资储备局
供应商（乙方）：赣东粮安科技服务有限公司

根据临川县公共资源交易中心组织的竞争性磋商结果，甲方委托乙方对甲方所属粮库温湿度监测系统提供年度运行维护服务。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及磋商文件、响应文件，订立本合同。

第一条 服务对象
（一）本合同的运维对象为甲方所属城关、河西、长岗、白沙四个直属粮库的温湿度监测系统，包括：仓房内测温电缆及测温分机共计1,268个测点组、62台测湿仪、18台气象站、各库监测主机及网络设备，以及县局监测中心的粮情监测管理软件和数据库。
（二）各库设备清单以甲方提供并经双方确认的《运维设备台账》为准。
（三）上述系统于2019年至2022年分批建成，原建设单位已不再提供服务。乙方已在磋商前对各库进行现场踏勘，确认了解设备现状，不得以设备老化为由拒绝提供本合同约定的服务。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。期满后本合同终止，甲方将依法重新组织采购。

第三条 服务内容
（一）日常监测：乙方每日通过监测中心检查各库数据上传情况，发现测点离线、数据异常或通信中断的，当日安排处置。
（二）定期巡检：乙方每季度对四个粮库逐仓巡检一次，检查测温电缆、分机、测湿仪和网络设备的运行状态，清洁设备、紧固接线，更换老化部件，并出具巡检报告。入仓作业应遵守甲方粮库安全管理规定，熏蒸期间不得进入熏蒸仓房。
（三）软件维护：乙方负责粮情监测管理软件的故障修复、数据库备份与恢复演练、操作系统补丁更新，每半年进行一次数据库优化。
（四）入库配合：夏粮和秋粮收购入仓期间，乙方应派技术人员驻库配合新装仓房的测温电缆布设和系统调试，每个收购季驻库不少于二十日。
（五）备品备件：乙方在县局监测中心储备常用备件，包括测温分机、测湿仪、通信模块及电源，备件更换费用已包含在备品备件包干费中。单件价值超过两千元的设备整机更换，由双方另行协商。
（六）技术培训：乙方每年为各库保管员和信息员举办两次系统操作及日常维护培训。
（七）应急保障：在汛期、高温季节及储备粮轮换期间，乙方应将巡检频次加密为每月一次，并按甲方要求派员参加粮情应急处置。
（八）运维报告：乙方每季度提交季度运维报告，服务期满前提交年度运维总结，分析设备故障规律并提出改造建议。

第四条 服务标准与响应
（一）故障分级：一级故障指任一粮库监测主机宕机、整库测温数据中断或监测中心软件不可用；二级故障指单个仓房数据中断或成批测点异常；三级故障指个别测点异常及其他问题。
（二）响应时限：一级故障乙方应在1小时内响应，3小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内修复；三级故障在下次巡检时或五个工作日内修复。
（三）乙方应设立服务热线并指定一名驻县运维工程师，节假日及收购期间保持通讯畅通。
（四）处置完毕后，乙方应在运维管理系统中填写工单并经甲方粮库负责人签字确认。
（五）乙方应在每季度开始前五个工作日报送季度巡检计划，经甲方确认后实施，因收购或熏蒸作业需要调整的，以甲方通知为准。

第五条 服务费用及支付
（一）本合同总价为人民币肆拾肆万元整（¥440,000），其中年度运维服务费386,000元，备品备件包干费54,000元。合同总价包括人工、交通、备件、工具及税费，服务期内不作调整。
（二）服务费按季度支付，每季度110,000元。每季度结束后，经甲方季度考核合格，乙方开具发票，甲方在十五个工作日内支付该季度服务费。
（三）甲方不向乙方支付预付款。
（四）乙方应开具合法有效的增值税发票，发票信息有误的，甲方付款期限相应顺延。

第六条 考核与验收
（一）甲方每季度按以下标准对乙方进行考核：离线测点均在次日内恢复；一级故障全部按时限恢复；巡检覆盖全部仓房并提交报告；工单按时闭环。
（二）服务期满前，甲方组织年度验收，核查全年考核记录、巡检报告、备件消耗清单和数据库备份记录，验收合格后双方签署年度验收报告。
（三）乙方每迟延响应、到场或恢复一小时，扣减当季服务费人民币600元；季度考核不合格的，扣减当季服务费的10%，并限期整改。

第七条 违约责任
（一）乙方未按第三条约定期限完成季度巡检或季度考核整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方维护不当造成监测数据丢失、设备损坏的，乙方应负责恢复或赔偿。
（三）除因不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同。乙方违约的，按本条约定承担违约责任。
（四）乙方应支付的违约金及扣减款项，甲方有权从应付服务费中直接扣除。

第八条 数据安全
（一）粮情监测数据、库存数量及仓储信息均属于甲方，乙方仅可为履行本合同使用，不得向任何第三方提供，不得用于其他目的。
（二）乙方应落实网络安全和数据安全责任：远程运维须经甲方批准并通过甲方指定的专线和账号进行；每月备份数据库并异地存放于甲方指定介质；不得在监测网络内接入私人设备；发现病毒入侵、数据篡改等安全事件的，应在1小时内报告甲方并采取处置措施。
（三）因乙方原因造成数据泄露、丢失或系统被非法控制的，乙方承担全部责任，并赔偿甲方因此遭受的损失。
（四）服务期满时，乙方应交回全部远程运维账号和门禁卡，删除其留存的甲方数据，并向甲方出具书面说明。

第九条 成果归属
乙方在服务期内形成的巡检报告、运维记录、优化后的采集程序、系统配置文件及技术文档归甲方所有，乙方应在服务期满时完整移交，甲方可自由使用和修改。乙方自有的运维工具软件除外，但乙方应允许甲方在服务期满后继续使用已部署的版本。

第十条 人员与分包
（一）乙方投入本项目的运维人员不少于三人，其中驻县工程师一人，人员名单报甲方备案，更换须经甲方同意。
（二）乙方不得将本合同项下的服务转包或者分包。
（三）乙方运维人员应持有有效的电工作业证，登高作业人员应持有高处作业证。
（四）乙方负责其人员的安全教育和劳动保护，乙方人员在服务过程中发生的人身伤亡由乙方自行承担责任。

第十一条 争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，任何一方可向临川县人民法院起诉。诉讼期间，无争议部分应继续履行。

第十二条 其他
（一）磋商文件、乙方响应文件及成交通知书为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
（三）因地震、洪水等不可抗力导致服务无法提供的，乙方应及时通知甲方，并在条件恢复后尽快恢复服务，不可抗力期间的服务费按实际服务天数结算。

甲方（盖章）：临川县粮食和物资储备局          乙方（盖章）：赣东粮安科技服务有限公司
法定代表人或授权代表：                        法定代表人或授权代表：
签订日期：2026年12月   日
"""

Z05 = """# 织迹工序跟踪系统软件销售合同

> 苏州织迹软件有限公司 标准合同文本 ZJ-HT-V3.0（本文本由乙方提供）

合同编号：ZJ-2027-0183

甲方（买方）：扬州绒花工坊文化创意有限公司

乙方（卖方）：苏州织迹软件有限公司

甲方为绒花、缠花等手工艺品的生产企业，为掌握各道工序的进度和计件工作量，拟采购乙方“织迹工序跟踪系统”。经双方友好协商，就软件销售及定制开发事宜达成如下协议。

## 第一条 产品与服务

1.1 乙方向甲方提供织迹工序跟踪系统标准版软件许可一套，包括订单管理、工序派工、扫码报工、半成品库存及统计报表模块，授权甲方在其扬州工坊内使用，最多80个用户。

1.2 乙方根据甲方要求定制开发以下功能：绒花工序（染色、勾条、打尖、传花、粘花、整形等）扫码跟踪、计件工资自动核算、订单交期看板，以及与甲方网店订单系统的对接接口。

1.3 乙方负责软件的安装部署、基础数据初始化及一次集中培训。

1.4 软件运行于甲方自有服务器，通过浏览器和安卓扫码终端访问，工序标签由系统自动生成。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹工序跟踪系统标准版软件许可（80用户） | 368,000 |
| 2 | 定制开发（工序扫码、计件工资、交期看板、网店接口） | 292,000 |
| 3 | 安装部署、数据初始化及培训 | 46,000 |
| | 合计 | 706,000 |

2.1 合同总金额为人民币柒拾万零陆仟元整（¥706,000），含增值税。

2.2 扫码枪、标签打印机及服务器等硬件由甲方自行采购，不包含在本合同内。

2.3 合同金额不包括免费维护期满后的维护服务费、现场服务差旅费及甲方新增需求的开发费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即人民币458,900元。乙方收到款项后启动项目。

3.2 乙方完成软件安装部署后，甲方在五个工作日内支付剩余35%，即人民币247,100元。

3.3 甲方逾期付款的，乙方有权暂停服务直至甲方付清款项，由此造成的工期延误由甲方负责。

3.4 乙方在收到每笔款项后十个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到首付款后九十日内完成定制开发及安装部署。因甲方需求变更、资料提供不及时或硬件未到位造成的延误，交付期相应顺延。

4.3 项目按需求调研、需求确认、定制开发、安装部署四个阶段实施。需求调研结束后，甲方应在五日内签署需求说明书，逾期未签署的，以乙方提交的版本为准。

4.4 甲方应提供符合乙方要求的服务器、网络环境及办公场地，指定专人配合乙方工作，并负责组织各工序班组长参加培训。

4.2 乙方交付内容包括安装好的软件、用户操作手册及管理员手册电子版。定制开发部分的源代码不属于交付内容。

## 第五条 验收

5.1 乙方完成软件安装部署并通知甲方后，即视为甲方验收合格。

5.2 甲方如对软件功能有意见，应在安装部署后七日内书面提出，乙方将酌情进行调整；甲方未在期限内提出的，视为对软件无异议。

5.3 乙方在安装部署时为甲方组织一次集中培训，培训时长不超过一日，此后的再次培训另行收费。

## 第六条 维护与技术支持

6.1 自软件安装部署完成之日起，乙方提供六个月的免费维护，包括软件缺陷修复和远程技术支持。

6.2 免费维护期内，乙方将尽合理努力及时响应甲方通过电话、微信或邮件提出的技术支持请求，并视问题情况安排远程处理。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务协议，维护费用按乙方当年公布的服务价格表执行。

6.4 以下情形不属于免费维护范围：甲方自行修改软件或数据库；甲方硬件、网络或操作系统故障；甲方人员误操作；不可抗力。

6.5 免费维护期内，乙方提供标准版的小版本升级；大版本升级及定制功能的适配另行收费。

6.6 甲方要求乙方人员到现场服务的，差旅费由甲方承担，并按每人每日2,000元支付现场服务费。

## 第七条 知识产权

7.1 织迹工序跟踪系统标准版软件的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序及相关文档的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向他人提供。

7.3 乙方有权将定制开发形成的通用功能纳入其标准产品向其他客户销售。

7.4 甲方保证其提供给乙方的图案、工艺资料不侵犯第三方权利。

## 第八条 数据

8.1 甲方在系统中录入的订单、工序、员工及计件数据归甲方所有。

8.2 甲方同意乙方可对上述数据进行匿名化处理后，用于乙方产品的功能优化、工艺数据模型训练及行业分析。

8.3 乙方在远程维护时采取账号授权、传输加密和操作留痕等安全措施，维护结束后不留存甲方数据。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复并承担相应的赔偿责任。

8.4 甲方负责就员工个人信息的采集和计件数据的使用取得员工同意，并自行承担由此产生的责任。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

9.2 甲方同意乙方在宣传资料中使用甲方名称作为客户案例。

## 第十条 违约责任

10.1 乙方未按第四条约定的期限完成交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。

10.2 甲方未按约定付款的，每逾期一日，按应付未付金额的万分之三向乙方支付违约金。

10.3 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总金额的20%，且乙方不对甲方的间接损失、利润损失或数据损失承担责任。

## 第十一条 合同解除

11.1 任何一方严重违反本合同约定，经对方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同。

11.2 合同解除后，甲方应支付乙方已完成工作对应的费用。

11.3 甲方超出授权范围使用软件或向第三方提供软件的，乙方有权立即终止许可，已收款项不予退还。

## 第十二条 不可抗力

12.1 因不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明，根据影响程度部分或全部免除责任。

12.2 不可抗力持续超过六十日的，双方可协商解除合同。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。双方因本合同发生争议的，应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，双方可签订补充协议。补充协议与本合同不一致的，以本合同为准。

14.3 双方在合同首页载明的地址、电话及邮箱为通知送达地址，一方变更的应及时书面通知对方，否则按原地址送达即视为送达。

14.4 本合同附件包括需求说明书和软件功能清单，与本合同具有同等法律效力。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：扬州绒花工坊文化创意有限公司　　乙方（盖章）：苏州织迹软件有限公司

签订日期：2027年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. GAS-NB-2027-04
P:This Agreement is made between Ningbo Hengrun Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo (the "Customer"), and Gwendraeth Asset Systems Ltd, a company registered in Wales with its registered office at Station Road, Kidwelly, Carmarthenshire, United Kingdom (the "Supplier").
P:Background: the Customer operates four grinding and assembly plants and wishes to replace its spreadsheet-based maintenance planning with the Supplier's TidalWorks maintenance management software, configured for its plants and connected to its ERP and production systems. The Supplier has agreed to grant a perpetual licence and to perform the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the TidalWorks Enterprise maintenance management software, version 9, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, work-order templates, reports, interfaces, scripts and documents created by the Supplier specifically for the Customer under this Agreement, including the ERP and MES interfaces.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software in the course of the Customer's operations, including equipment registers, maintenance histories, spare-parts records and personal information of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that all Acceptance Criteria have been met.
H:Article 2 Licence and Scope
P:2.1 The Supplier grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 180 named users at the Customer's plants in China and at any site of its affiliates, including for disaster recovery and testing.
P:2.2 The Supplier shall perform the following services: configuration of the Software for the four plants; development of interfaces to the Customer's ERP system and to the MES of the grinding lines; migration of about 26,000 equipment records and eight years of maintenance history; and training of planners, technicians and administrators.
P:2.3 Details of the scope are set out in the Statement of Work in Annex 1, which the parties have signed together with this Agreement.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,760,000 (one million seven hundred and sixty thousand yuan), inclusive of VAT, made up as follows: Software licence fee CNY 1,240,000; configuration and interface development CNY 386,000; data migration CNY 94,000; training CNY 40,000.
P:3.2 The price is fixed and covers all travel, accommodation and expenses of the Supplier's personnel. No other charges are payable for the scope in Annex 1.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price (CNY 352,000) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the total price (CNY 792,000) within 30 days after the Software has been installed at all four plants and the interfaces have passed system integration testing. Installation and integration testing do not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price (CNY 616,000) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the account of the Supplier's appointed payee in China named in Annex 3.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation, configuration, interfaces and data migration within 140 days after signature, following the project plan in Annex 1.
P:5.2 The Acceptance Criteria are: every function in the signed functional specification passes the agreed test scripts; migrated equipment records and maintenance histories reconcile with the source data without unexplained difference; work orders created in the Software are posted to the ERP system within five minutes; preventive maintenance schedules generate correctly for a full simulated quarter; and no Severity 1 or Severity 2 defect remains open.
P:5.3 After the Acceptance Criteria are met, the Software shall run in production for 45 days. If no Severity 1 defect occurs during that period, the Customer shall issue a Final Acceptance certificate within ten business days.
P:5.4 Use of the Software in production, go-live or any payment shall not by itself constitute Final Acceptance. If a test fails, the Supplier shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the functional specification for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period, the Supplier shall correct defects, supply updates and provide remote and on-site support free of charge.
P:6.2 Defects are classified by severity. Severity 1 means the Software is unavailable at a plant or maintenance work orders cannot be issued. The Supplier shall respond to a Severity 1 defect within one hour, at any time, and provide a fix or workaround within eight hours. Severity 2 defects shall receive a response within two hours during business hours and a fix within three business days. Severity 3 defects shall be fixed in the next scheduled release.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or fix time, the Supplier shall credit the Customer CNY 1,000; for each business day by which it misses a Severity 2 fix time, CNY 500. Credits are deducted from the next payment or paid on demand.
P:6.4 After the Warranty Period, the Customer may order annual support, which shall include the same service levels and credits. The annual support fee is 9% of the Software licence fee, namely CNY 111,600 per year, and shall remain fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Supplier retains all intellectual property in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Supplier shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify, copy and license the Custom Deliverables freely, including through third parties.
P:7.3 The Supplier shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Supplier may access and process Customer Data only to perform this Agreement and only as instructed by the Customer, and shall not use it for any other purpose.
P:8.2 The Supplier shall comply with the PRC Cybersecurity Law, the Data Security Law and the Personal Information Protection Law in performing this Agreement. Customer Data shall remain on the Customer's servers in China; remote access by the Supplier shall be made only through the Customer's VPN with multi-factor authentication, approved session by session and logged. The Supplier shall not copy Customer Data outside the Customer's systems.
P:8.3 The Supplier shall notify the Customer within twelve hours after becoming aware of any unauthorised access to or loss of Customer Data, cooperate in remedying it, and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical, commercial and operational information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to achieve Final Acceptance readiness by the date in Article 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price in aggregate.
P:10.2 The Supplier's total liability under this Agreement shall not exceed 150% of the total price, except for liability under Article 7.3, Article 8, personal injury, and wilful misconduct, which shall not be limited.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent. The Supplier remains responsible for the acts of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the end of the Warranty Period, except that the licence and Articles 7 to 9 survive.
P:12.2 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages under Article 10.1 reach their limit. On such termination the Supplier shall refund amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement and any dispute arising out of or in connection with it shall be governed by the laws of England and Wales.
P:13.2 The courts of England and Wales shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement. The parties shall first try to settle any dispute by negotiation between senior managers for 30 days.
H:Article 14 General
P:14.1 Force majeure: neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:14.2 This Agreement, with Annex 1 (Statement of Work), Annex 2 (Functional Specification) and Annex 3 (Payment Details), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. The Agreement is made in English and Chinese; both versions have equal effect.
P:Signed for the Customer: ____________________    Signed for the Supplier: ____________________
"""

E02 = """# Order Form and General Terms — Dinefwr SQM Cloud

**Vendor:** Tywi Valley Software Ltd, registered in Wales, Unit 4 Crescent Road Business Park, Llandeilo, Carmarthenshire, United Kingdom ("Vendor")

**Customer:** Suzhou Jinhe Auto Parts Co., Ltd., No. 88 Xinghu Street, Suzhou Industrial Park, Jiangsu, People's Republic of China ("Customer")

**Order Form No.:** TVS-OF-2027-112

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## Part A — Order Details

### A1. Service

Vendor will provide Customer with access to Dinefwr SQM Cloud, its hosted supplier-quality management service, including the modules for supplier onboarding, incoming inspection, non-conformance reports, 8D problem solving, PPAP document control and supplier scorecards (the "Service"). Customer's users are its quality engineers, purchasing staff and the contacts of its approved suppliers who are invited by Customer. The Service is provided in Chinese and English and can be used through a web browser and through a mobile app at Customer's receiving docks.

### A2. Subscription Term

The subscription runs for two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5, and the second Subscription Year starts on the first anniversary of that date (together, the "Initial Term").

### A3. Fees

| Item | Basis | Unit price (CNY) | Quantity | Amount (CNY) |
|---|---|---|---|---|
| Subscription, Subscription Year 1 | per named user per Subscription Year | 1,150 | 220 | 253,000 |
| Subscription, Subscription Year 2 | per named user per Subscription Year | 1,150 | 220 | 253,000 |
| Onboarding (configuration, supplier import, two interfaces, training) | one-time | 48,000 | 1 | 48,000 |
| **Total fees for the Initial Term** | | | | **554,000** |

All amounts include VAT. Supplier contacts invited by Customer do not count as named users. Additional named users may be added at the same unit price, pro rata to the end of the current Subscription Year.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice.

(c) No other advance payment is due. Payments are made in CNY to Vendor's appointed collection agent in China named in the invoice.

### A5. Onboarding and Go-Live Acceptance

(a) Vendor will complete onboarding within 60 days after signature of this Order Form. Onboarding includes: configuration of Customer's inspection plans and defect codes; import of about 460 suppliers and their certificates; an interface to Customer's ERP for purchase orders and goods receipts; an interface to Customer's laboratory system for inspection results; and training for up to 40 key users.

(b) Go-Live Acceptance criteria: all configured workflows pass Customer's test scripts; imported supplier records match Customer's master list; purchase orders and goods receipts flow from the ERP without manual intervention for ten consecutive business days; inspection results from the laboratory system appear in the Service within ten minutes; and no Priority 1 or Priority 2 incident is open.

(c) When the criteria are met, Customer signs a Go-Live Acceptance certificate. Use of the Service by Customer before that date is for testing only and does not mean acceptance.

(d) If Vendor does not achieve Go-Live Acceptance within the period in A5(a) for reasons within its control, Vendor will pay Customer CNY 400 for each day of delay, deducted from the onboarding fee.

### A6. Service Levels

(a) Availability: the Service will be available at least 99.95% of each calendar month, excluding maintenance windows announced at least five days in advance and scheduled between 22:00 and 06:00 China Standard Time.

(b) Incident response:

| Priority | Definition | Response time | Restoration target |
|---|---|---|---|
| P1 | Service unavailable or inspection data cannot be saved | 30 minutes | 6 hours |
| P2 | A module unavailable or seriously degraded | 2 hours | 1 business day |
| P3 | Other faults and questions | 1 business day | next release |

(c) Service credits: if monthly availability falls below 99.95%, Customer receives a credit of 5% of the monthly equivalent of the subscription fee; below 99.5%, 10%; below 99%, 20%. For each hour by which a P1 response time or restoration target is missed, Customer receives a further credit of CNY 300. Credits are set off against the next invoice or paid at the end of the term.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, documents and files that Customer or its users or suppliers submit to the Service, and all results generated from them in the Service.

1.2 "Customer Configurations" means the inspection plans, workflows, report layouts, interface mappings and other settings created by Vendor or Customer for Customer.

1.3 "Documentation" means Vendor's user guides and release notes for the Service.

### 2. Access and Use

2.1 Vendor grants Customer and its users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product. Customer is responsible for the acts of its users.

2.3 Vendor may update the Service from time to time, provided that no update materially reduces its functionality during the Subscription Term.

2.4 Vendor will provide support through a web portal and a telephone hotline in Chinese and English during China business hours, and at any time for P1 incidents.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Vendor may use Customer Data only to provide the Service to Customer, and for no other purpose.

3.2 The Service is hosted in a data centre in Shanghai. Customer may export Customer Data at any time in CSV and PDF format. Within 30 days after the end of the Subscription Term, Vendor will provide a complete export on request and then delete Customer Data from the Service.

### 4. Intellectual Property

4.1 Vendor owns the Service, the Documentation and all improvements to them.

4.2 Customer Configurations and any reports or interface code written specifically for Customer belong to Customer. Customer may use, modify and license them freely, including through third parties, and Vendor will deliver them in a usable form on request.

### 5. Confidentiality

5.1 Each party will keep confidential the non-public information of the other party that it receives in connection with this Order Form, use it only for this Order Form, and disclose it only to its personnel and advisers who need to know it and are bound by similar obligations.

5.2 These obligations do not apply to information that is public, already known to the recipient, or independently developed, and they continue for three years after the end of the Subscription Term.

### 6. Subcontractors

6.1 Vendor may use subcontractors, including hosting providers and support partners, to perform any part of the Service. Vendor will inform Customer of any new subcontractor by written notice and remains responsible for their performance.

### 7. Term, Renewal and Termination

7.1 This Order Form starts on signature and continues for the Initial Term.

7.2 At the end of the Initial Term, the subscription renews automatically for further periods of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current period. For each renewal period, Vendor may increase the unit price by up to 8% over the price of the preceding period by notice to Customer, without Customer's further agreement.

7.3 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it. If Customer terminates for Vendor's breach, Vendor will refund the subscription fee already paid for the remaining period.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Each party's total liability under this Order Form is limited to 200% of the total fees for the Initial Term, except for breach of section 5, infringement of the other party's intellectual property, and wilful misconduct, which are not limited.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute arising from this Order Form shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding on both parties.

### 10. General

10.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.

10.2 Notices must be in writing and sent to the addresses on the first page of this Order Form or to another address given by notice.

10.3 This Order Form is signed in English and Chinese; both versions are equally authentic.

10.4 Each party shall comply with applicable anti-bribery and export-control laws in performing this Order Form.

Signed for Customer: ____________________ Date: __________

Signed for Vendor: ____________________ Date: __________
"""

E03 = """T:Purchase Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No.: FCP-EQ-2027-031
P:Buyer: Hangzhou Fuchun Paper Co., Ltd., Fuyang District, Hangzhou, Zhejiang, People's Republic of China (the "Buyer")
P:Supplier: Usk Valley Sensing Ltd, a company registered in Wales, Beaufort Street, Crickhowell, Powys, United Kingdom (the "Supplier")
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer wishes to monitor the condition of the motors, gearboxes, fans and dryer-section bearings of its two paper machines, and the Supplier has offered wireless vibration sensors, gateways and its monitoring software, together with installation, configuration and training.
H:1. Definitions
P:1.1 "Goods" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's MonitorPoint condition monitoring software, server edition, licensed under clause 9.
P:1.3 "Custom Work" means the machine models, alarm thresholds, dashboards, reports and the interface to the Buyer's maintenance system prepared by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all vibration, temperature and operating data collected by the Goods or processed by the Software, and all other information of the Buyer handled by the Supplier.
H:2. Scope
P:2.1 The Supplier shall supply the Goods and the Software, install the sensors on the 180 measuring points agreed in the survey report, install and commission the gateways and the Software on the Buyer's servers, configure the Custom Work, and train the Buyer's staff.
P:2.2 The Supplier shall also provide the warranty and support services described in clauses 7 and 8.
P:2.3 The Buyer shall provide the server hardware, operating system and database licences, network connections to the machine halls, and access to the machines during planned shutdowns. The Supplier shall confirm the server specification in writing before delivery.
H:3. Price
P:3.1 The total Contract price is CNY 1,536,000, inclusive of 13% VAT, delivery to the Buyer's mill, insurance, installation and all other costs of the Supplier. The price is fixed. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|180|4,200|756,000
TB:2|Industrial wireless gateway with mounting kit|14|9,800|137,200
TB:3|MonitorPoint server edition, perpetual licence|1|410,000|410,000
TB:|Hardware and Licence Subtotal|||1,303,200
TB:4|Installation and commissioning|1|126,000|126,000
TB:5|Machine model and alarm configuration, interface|1|88,000|88,000
TB:6|Training of operators and maintenance engineers|1|18,800|18,800
TB:|Total Contract price|||1,536,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract price (CNY 153,600) within 20 days after signature of this Contract and receipt of the Supplier's invoice.
P:4.2 The Buyer shall pay 55% of the Contract price (CNY 844,800) within 20 days after all Goods have been delivered and installed and the Software has been installed. A delivery and installation note signed by the Buyer confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract price (CNY 537,600) within 20 days after Final Acceptance under clause 6.
P:4.4 Each invoice shall be a valid VAT special invoice issued by the Supplier's authorised distributor in China, who is named in the Annex.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Goods to the Buyer's mill within 45 days after signature and complete installation within 30 days after delivery. Installation on running machines shall be carried out during the planned shutdowns notified by the Buyer.
P:5.2 The Supplier's staff on site shall follow the Buyer's safety rules, including lock-out procedures and permits for work at height and near rotating equipment.
P:5.3 Risk in the Goods passes to the Buyer on delivery; title passes on payment under clause 4.2.
P:5.4 The Supplier shall remove all packaging and waste from the site and leave the work areas clean. Any damage to the Buyer's equipment caused by the installation shall be repaired at the Supplier's cost.
H:6. Acceptance
P:6.1 After installation the Supplier shall commission the system and notify the Buyer that it is ready for acceptance testing.
P:6.2 The acceptance criteria are: all 180 sensors report data to the Software at the agreed interval; the data loss of each gateway over a seven-day test does not exceed the figure in the technical specification; vibration readings of ten reference points agree with the Buyer's portable analyser within the tolerance in the technical specification; alarms are raised and sent to the maintenance system within two minutes; and all dashboards and reports listed in the specification are available.
P:6.3 When the criteria are met and the system has then run for 30 days without a Severity 1 fault, the Buyer shall sign a Final Acceptance certificate. Delivery, installation, use of the system or payment do not by themselves mean acceptance.
P:6.4 If the system fails a test, the Supplier shall correct the fault and the test shall be repeated at the Supplier's cost.
H:7. Warranty
P:7.1 The Supplier warrants the Goods and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty Goods, including sensor batteries that fail early, correct Software defects and supply Software updates free of charge.
P:7.2 Faults are classified as Severity 1 (the Software or a gateway is down, or more than ten sensors of one machine stop reporting), Severity 2 (individual sensors or functions fail) and Severity 3 (other issues).
P:7.3 The Supplier shall respond to a Severity 1 fault within 2 hours, at any time, and restore service within one business day; respond to a Severity 2 fault within one business day and fix it within five business days; and fix Severity 3 issues in the next update.
P:7.4 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
H:8. Support after the Warranty
P:8.1 After the warranty period, the Supplier shall offer annual support at 7% of the Hardware and Licence Subtotal per year (CNY 91,224). The fee is fixed for three years after the warranty period and covers the same service levels as clause 7. Support is ordered each year in writing and does not renew automatically.
P:8.2 The Supplier shall keep spare sensors and gateways available for at least seven years after Final Acceptance.
P:8.3 During the warranty period and any support year, the Supplier shall carry out a remote health check of the system every quarter and send the Buyer a written report with recommendations.
H:9. Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's mill and any other site of the Buyer, on its own servers, for an unlimited number of users.
P:9.2 The Custom Work belongs to the Buyer. The Supplier shall hand over the configuration files, model parameters and interface source code at Final Acceptance, and the Buyer may use, modify and license them freely, also through third parties.
H:10. Data Security and Buyer Data
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use, keep or disclose it for any other purpose.
P:10.2 The Software runs on the Buyer's servers in its own network. Remote access by the Supplier is allowed only through the Buyer's VPN, approved for each session and recorded. The Supplier shall follow the PRC Data Security Law and Cybersecurity Law, shall not copy Buyer Data out of the Buyer's network, and shall report any security incident within six hours.
P:10.3 The Supplier is liable for all losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's production, equipment, processes and prices that it learns under this Contract, and shall not disclose it without the Buyer's written consent. This obligation continues for five years after the end of the Contract.
H:12. Delay and Liability
P:12.1 If the Supplier fails to deliver or complete installation by the dates in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract price per day of delay, up to 10% of the Contract price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract price, except for personal injury, wilful misconduct and breach of clauses 10 and 11.
H:13. Subcontracting and Termination
P:13.1 The Supplier shall not subcontract any work under this Contract without the Buyer's prior written consent.
P:13.2 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.
H:15. General
P:15.1 This Contract is made in English and Chinese, both equally valid. The technical specification, the survey report and the Annex form part of this Contract.
P:15.2 Neither party is liable for delay caused by force majeure, provided it informs the other party promptly and provides evidence. Amendments to this Contract must be made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.:** WB-DG-MSA-2027-07

**Customer:** Dongguan Lianying Electronics Co., Ltd., Songshan Lake High-tech Zone, Dongguan, Guangdong, People's Republic of China ("Customer")

**Provider:** Wye Border Managed IT Ltd, registered in Wales, Broad Street, Hay-on-Wye, Powys, United Kingdom, acting through its service centre in Guangzhou ("Provider")

Customer runs three electronics assembly plants in Dongguan with about 1,900 computer users. Customer wishes to outsource the day-to-day operation of its end-user IT, plant networks and core infrastructure to Provider for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2, and "Service Credits" means the credits in Schedule 3.

1.3 "Customer Data" means all data of Customer, its employees and its customers that Provider can access in performing the Services, including data stored on Customer's servers, endpoints and network devices.

1.4 "Deliverables" means the runbooks, configuration baselines, scripts, knowledge-base articles, reports and documents produced by Provider for Customer under this Agreement.

1.5 "Service Commencement Date" means the date of Transition Acceptance under clause 3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date.

2.2 This Agreement does not renew automatically. Any extension must be agreed in writing by both parties, including the charges for the extension period.

## 3. Transition

3.1 Provider shall take over the Services from Customer's current in-house team within 75 days after signature, following the transition plan attached to Schedule 1.

3.2 Transition Acceptance criteria: all assets listed in the asset register are recorded in Provider's service management tool and monitored; runbooks for every service in Schedule 1 have been approved by Customer; the service desk has handled Customer's tickets for 20 consecutive business days in parallel run without a missed P1 or P2 target; and knowledge transfer sessions with Customer's team have been completed.

3.3 When all criteria are met, Customer shall sign a Transition Acceptance certificate. Provider's start of work on site is not acceptance.

3.4 If Transition Acceptance is delayed beyond the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. Services and Service Levels

4.1 Provider shall perform the Services in Schedule 1 in accordance with good industry practice and ITIL processes.

4.2 Provider shall meet the Service Levels in Schedule 2. If it fails to meet a Service Level, Customer is entitled to the Service Credits in Schedule 3, which Provider shall deduct from the next invoice.

4.3 Provider shall give Customer a monthly service report and attend a monthly service review meeting at Customer's headquarters.

4.4 Provider shall assign a named service delivery manager who is based in Guangdong and speaks Chinese, and shall not replace the manager or any on-site engineer without giving Customer at least 20 days' notice and a suitable replacement.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 1. The Transition Charge is payable within 30 days after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears and payable within 30 days of the invoice.

5.2 All charges are in CNY and include VAT. Customer makes no payment in advance of the Services. The charges are fixed for the whole term, save for agreed changes in volume under Schedule 1.

5.3 Customer may withhold any amount it disputes in good faith, provided it pays the undisputed part on time and notifies Provider of the reason.

## 6. Customer Data and Data Security

6.1 Customer Data belongs to Customer. Provider shall access and use Customer Data only to perform the Services and only on Customer's instructions, and shall not use it for any other purpose, including in anonymised or aggregated form.

6.2 Provider shall keep all Customer Data in mainland China, shall access Customer's systems only through Customer's privileged-access gateway with named accounts, and shall comply with the PRC Cybersecurity Law, Data Security Law, Personal Information Protection Law and Customer's information security policies. Provider's staff shall be background-checked and sign individual confidentiality undertakings.

6.3 Provider shall report any actual or suspected security incident affecting Customer Data within two hours after becoming aware of it, take immediate containment steps and cooperate with Customer's investigation. Provider is responsible for losses caused by its breach of this clause 6.

## 7. Intellectual Property

7.1 Provider keeps ownership of its own tools and methods used to perform the Services.

7.2 The Deliverables belong to Customer. Provider shall hand them over in editable form at any time on request and at the end of the term, and Customer may use, modify and license them freely, including by giving them to a replacement provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the non-public business, technical and financial information of the other party and shall not disclose it to any third party without written consent, except to its professional advisers or as required by law. This obligation continues for five years after the end of this Agreement.

## 9. Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any approved subcontractor.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Charges paid or payable by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to personal injury or wilful misconduct.

## 11. Termination and Exit

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the same Service Level in three consecutive months.

11.2 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 1, return all Customer Data and Deliverables, and delete any copies.

11.3 Termination does not affect Service Credits or other rights accrued before termination.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou in accordance with its rules.

## 13. General

13.1 Force majeure excuses a party's delay only while the event continues and only if that party notifies the other promptly.

13.2 This Agreement, with Schedules 1 to 3, is the entire agreement. It is signed in English and Chinese; both versions are equally valid.

13.3 Neither party may assign this Agreement without the other's written consent. Notices shall be in writing and sent to the addresses above.

## Schedule 1 — Services and Charges

| Service | Scope | Volume |
|---|---|---|
| Service desk | Chinese and English, telephone, portal and chat, 07:00–23:00 on all days | about 1,900 users |
| Endpoint management | imaging, patching, antivirus, asset tracking, hardware replacement logistics | about 2,050 PCs and 310 tablets |
| Plant network operations | monitoring and changes of switches, wireless and firewalls in three plants | 186 devices |
| Core infrastructure | server and storage monitoring, backup checks, restore tests | 64 servers, 2 storage arrays |
| On-site support | one engineer at each plant during day shifts | 3 engineers |

| Charge | Amount (CNY) |
|---|---|
| Transition Charge (one-time) | 124,000 |
| Monthly Service Charge | 68,500 per month |
| Monthly Service Charges for 36 months | 2,466,000 |
| **Total charges for the term** | **2,590,000** |

Volume changes of more than 8% in users or devices are priced at the unit rates in the annexed rate card. Exit assistance beyond the first 20 days is charged at CNY 2,600 per engineer day.

## Schedule 2 — Service Levels

| Priority | Example | Response time | Resolution target |
|---|---|---|---|
| P1 | a plant network or production-line servers down | 6 hours | 10 hours |
| P2 | a department or key application affected | 8 hours | 2 business days |
| P3 | a single user affected | 1 business day | 3 business days |
| Core network availability | per plant, per month | at least 99.95% | — |
| Service desk | average answer time per month | 45 seconds or less | — |

## Schedule 3 — Service Credits

| Failure | Service Credit |
|---|---|
| Each P1 incident not responded to or not resolved within target | CNY 3,000 |
| Each P2 incident not resolved within target | CNY 800 |
| Core network availability below 99.95% at a plant in a month | 5% of the Monthly Service Charge |
| Core network availability below 99.5% at a plant in a month | 10% of the Monthly Service Charge |
| Service desk average answer time above target in a month | 3% of the Monthly Service Charge |

Service Credits are a price adjustment and do not limit Customer's other rights. The total Service Credits in any month shall not exceed 20% of the Monthly Service Charge.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MDS-DL-2027-019

BETWEEN

(1) Dalian Beiliang Grain Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Zhongshan District, Dalian, Liaoning ("Customer"); and

(2) Monnow Data Services Ltd, a company registered in Wales, with its registered office at Monnow Street, Monmouth, Monmouthshire, United Kingdom ("Vendor").

BACKGROUND

Customer imports and trades soybeans, maize and barley. It wishes to receive Vendor's market data on international grain prices, crop weather, shipping line-ups and export inspections through Vendor's application programming interface, and to feed the data into its own trading and risk systems. Vendor has agreed to provide the data and the related services on the terms below.

1. DEFINITIONS

1.1 "Data" means the price series, weather indicators, crop condition estimates, vessel line-ups, inspection figures and other content made available by Vendor through the API or the web portal.

1.2 "API" means Vendor's REST interface and streaming endpoints, with their documentation.

1.3 "Custom Feeds" means the data mappings, field conversions, Chinese-language labels, scheduled extracts and dashboards that Vendor builds specifically for Customer under clause 3.

1.4 "Customer Data" means the lists of contracts, positions, ports, vessels and queries that Customer uploads to or submits through the API or the portal, and any results generated from them for Customer.

1.5 "Activation Date" means the date on which Customer signs the onboarding acceptance certificate under clause 4.

1.6 "Subscription Year" means each period of one year starting on the Activation Date or on an anniversary of it.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable licence to access the Data through the API and the portal during the Subscription Term, and to use the Data within Customer and its subsidiaries in mainland China for trading, risk management, research and internal reporting.

2.2 Customer may keep and use Data received during the Subscription Term after its end for internal historical records, but may not redistribute Data to third parties in raw form.

2.3 The subscription covers up to 25 named portal users and up to 400,000 API calls per calendar day. Use above these limits requires a written change to this Agreement.

2.4 Vendor shall ensure that the Data is compiled lawfully and that its licensors permit the use granted in clause 2.1.

3. ONBOARDING AND CUSTOM FEEDS

3.1 Within 45 days after signature, Vendor shall issue production and test API keys, build the Custom Feeds described in the Annex, including mappings to Customer's trading system and daily extracts for its risk system, and train Customer's analysts and developers.

3.2 Vendor shall assign a named onboarding manager and a technical account manager who can be reached during China business hours.

3.3 Customer shall provide a test environment, access to the relevant parts of its trading and risk systems and a technical contact, and shall confirm the field mappings within five business days after Vendor proposes them.

4. ONBOARDING ACCEPTANCE

4.1 Customer shall test the API and the Custom Feeds against the following criteria: every dataset listed in the Annex is delivered at the stated frequency for ten consecutive business days; price series reconcile with the exchange settlement prices for the same days; the daily extracts load into Customer's risk system without manual correction; and the API answers within two seconds for at least the query types listed in the Annex.

4.2 When the criteria are met, Customer shall sign an onboarding acceptance certificate. Use of the test keys before that date is not acceptance and does not start the Subscription Term.

4.3 If a criterion is not met, Vendor shall correct the problem and Customer shall repeat the test.

5. TERM

5.1 This Agreement starts on signature. The Subscription Term runs for two Subscription Years from the Activation Date.

5.2 The Subscription Term does not renew automatically. Any further subscription requires a new written agreement.

6. FEES AND PAYMENT

6.1 The subscription fee is CNY 318,000 for each Subscription Year, and CNY 636,000 for the two Subscription Years, including VAT. Onboarding, the Custom Feeds and training are included in the subscription fee. No other fees are payable for the scope of this Agreement.

6.2 Vendor shall invoice the fee for each Subscription Year at the start of that Subscription Year through its authorised agent in China. Customer shall pay each invoice within 30 days after receipt.

6.3 The fees are fixed for the Subscription Term.

7. SERVICE LEVELS

7.1 Vendor shall make the API and the portal available at least 99.95% of the time in each calendar month, excluding announced maintenance of no more than two hours per month outside China trading hours.

7.2 Incidents are classified as Priority 1 (the API or a core price or weather dataset is unavailable or materially wrong), Priority 2 (a secondary dataset is late or incomplete) and Priority 3 (other issues). Vendor shall respond to a Priority 1 incident within one hour, at any time, and to a Priority 2 incident within three business hours; Priority 3 issues are answered within two business days.

7.3 Vendor shall publish incident notices on its status page and send a written incident report for every Priority 1 incident within five business days.

7.4 Vendor shall give Customer at least 30 days' notice before discontinuing any dataset, and shall offer a comparable replacement dataset where one exists.

7.5 The service levels in this clause 7 are targets. If Vendor fails to meet them, Vendor's only obligation is to use reasonable efforts to restore the service as quickly as possible. No service credits, fee reductions or other compensation are payable for a failure to meet a service level.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the services under this Agreement to Customer and shall not use it for any other purpose, including in aggregated or anonymised form, or disclose it to any third party.

8.2 Vendor shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff with multi-factor authentication, and access logs kept for at least one year. Customer Data shall be stored in a data centre in mainland China.

8.3 Vendor shall notify Customer within six hours after becoming aware of any unauthorised access to, disclosure of or loss of Customer Data, take steps to contain it, and compensate Customer for losses caused by Vendor's breach of this clause 8.

8.4 At the end of the Subscription Term, Vendor shall return Customer Data in a common format on request and then delete it, and confirm the deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 Vendor and its licensors own the Data, the API and the portal. Customer receives only the licence in clause 2.

9.2 The Custom Feeds belong to Customer. Vendor shall deliver their specifications and code to Customer at the end of onboarding and on request. Customer may use, modify and license them freely, including through third parties.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's trading positions and Vendor's pricing, and shall use it only for this Agreement. This obligation continues for three years after the end of the Subscription Term.

11. SUBCONTRACTING

11.1 Vendor shall not subcontract the operation of the API or the processing of Customer Data to any third party without Customer's prior written consent. Vendor's use of third-party data sources to compile the Data is not subcontracting.

12. LIABILITY

12.1 Neither party is liable for indirect or consequential loss, or for trading losses resulting from Customer's decisions based on the Data.

12.2 Each party's total liability under this Agreement is limited to 200% of the total fees for the two Subscription Years, except for breach of clauses 8 and 10 and wilful misconduct, which are not limited.

12.3 Vendor shall defend Customer against any claim that Customer's permitted use of the Data, the API or the Custom Feeds infringes a third party's rights.

13. TERMINATION

13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach, including repeated failure to deliver a core dataset, and does not remedy it within 20 days after notice. Vendor shall then refund the part of the fee already paid for the remainder of the Subscription Year.

13.2 Vendor may suspend access if Customer fails to pay an undisputed invoice within 30 days after a written reminder.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian. The award is final.

15. GENERAL

15.1 Neither party is liable for delay caused by force majeure, provided it gives prompt notice and resumes performance as soon as possible.

15.2 This Agreement, with its Annex (Datasets, Custom Feeds and Acceptance Queries), is the entire agreement of the parties. It is signed in English and Chinese, and both versions have equal effect.

15.3 Neither party may assign this Agreement without the other party's written consent. Notices shall be in writing and sent to the addresses stated above.

SIGNED for Customer: ____________________

SIGNED for Vendor: ____________________
"""

FILES = {
    "z01": ("h1134z01_fishery_vessel_monitoring_platform.pdf", Z01),
    "z02": ("h1134z02_strapping_machine_line_control_retrofit.docx", Z02),
    "z03": ("h1134z03_forklift_training_booking_saas.txt", Z03),
    "z04": ("h1134z04_grain_depot_temperature_monitoring_om.txt", Z04),
    "z05": ("h1134z05_velvet_flower_process_tracking_supplier_template.md", Z05),
    "e01": ("h1134e01_maintenance_software_perpetual_licence_kidwelly.pdf", E01),
    "e02": ("h1134e02_supplier_quality_saas_order_form_llandeilo.md", E02),
    "e03": ("h1134e03_vibration_sensors_monitoring_licence_crickhowell.docx", E03),
    "e04": ("h1134e04_managed_it_services_36_months_hay_on_wye.md", E04),
    "e05": ("h1134e05_grain_market_data_api_subscription_monmouth.txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# key: category, terms (in KEYS order), sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
LABELS = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", G], T, T, T, F, 2180000),
    "z02": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 24, 32, F, T, F, "PRC", G], T, T, T, F, 1806000),
    "z03": ("cloud", [99.5, 0.5, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S], T, T, N, F, 656000),
    "z04": ("services", [N, 1, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S], T, T, N, F, 440000),
    "z05": ("software", [N, N, F, "supplier", T, F, T, 0.02, 20, 65, F, F, 6, N, F, T, N, "PRC", G], F, T, F, T, 706000),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 9, F, T, F, "England and Wales", G],
            T, T, T, F, 1760000),
    "e02": ("cloud", [99.95, 0.5, T, "buyer", F, T, T, 400 / 554000 * 100, 200, N, T, N, N, N, T, T, T, "PRC", S],
            T, T, N, F, 554000),
    "e03": ("hardware", [N, 2, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7, F, T, F, "PRC", G], T, T, T, F, 1536000),
    "e04": ("services", [99.95, 6, T, "buyer", T, T, T, 2000 / 2590000 * 100, 6 / 36 * 100, N, T, N, N, N, F, T, F,
                         "PRC", S], T, T, N, F, 2590000),
    "e05": ("cloud", [99.95, 1, F, "buyer", T, T, T, N, 200, N, T, N, N, N, F, T, F, "PRC", S], T, F, N, F, 636000),
}
# TCO inputs for goods_or_licence labels with a stated, capped fee: (fee base = itemised licence/hardware subtotal)
TCO = {"z01": 1160000, "z02": 1520000, "e01": 1240000, "e03": 1303200}
FOREIGN_FORUM = {"e01"}  # courts of England and Wales
PRICE_SUMS = {"z01": [1160000, 836000, 148000, 36000], "z02": [486000, 392000, 148000, 214000, 280000, 168000, 96000, 22000],
              "z03": [576000, 64000, 16000], "z04": [386000, 54000], "z05": [368000, 292000, 46000],
              "e01": [1240000, 386000, 94000, 40000], "e02": [253000, 253000, 48000],
              "e03": [756000, 137200, 410000, 126000, 88000, 18800], "e04": [124000, 2466000], "e05": [318000, 318000]}

DESIGN = {
    "z01": set(),
    "z02": {"CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"},
    "z03": {"CR-SLA-AVAILABILITY", "CR-DATA-OWNERSHIP"},
    "z04": {"CR-CONFIDENTIALITY", "CR-TERMINATION"},
    "z05": {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-IP-OWNERSHIP", "CR-DATA-OWNERSHIP", "CR-LD-LOW",
            "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE"},
    "e01": {"CR-GOVERNING-LAW"},
    "e02": {"CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-AUTO-RENEWAL"},
    "e03": set(),
    "e04": {"CR-LIABILITY-CAP", "CR-SLA-RESPONSE"},
    "e05": {"CR-LD-MISSING", "CR-SLA-NO-REMEDY"},
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    t = dict(zip(KEYS, LABELS[key][1]))
    value = LABELS[key][6]
    years_after = 5 - t["warranty_months"] / 12
    fees = max(years_after, 0) * t["post_warranty_fee_pct"] / 100 * TCO[key]
    return fees / (value + fees) * 100


def derive(key):
    """My reading of policy §3 on the labelled facts."""
    cat, terms, sla, ld, capped, deemed, value = LABELS[key]
    t = dict(zip(KEYS, terms))
    r = set()
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
    if not ld:
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
        if key in TCO and tco_share(key) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if rules & HIGH:
        return "high"
    if rules - LOW:
        return "medium"
    return "low"


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NUM = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [
    NUM + r"99[.．]90*(?!\d)",                                   # 99.9 %
    NUM + r"4(?:\.0+)?\s*(?:-|\s)?(?:小时|个小时|h\b|hrs?\b|hours?\b|hour\b)",  # 4 hours
    r"(?<![二十])四\s*(?:个)?\s*小时", r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?\b",
    NUM + r"(?:100|30|40|15)(?:\.0+)?\s*(?:[%％]|per\s*cent|percent)",  # 100 / 30 / 40 / 15 %
    r"百分之(?:百|一百|三十|四十|十五)(?![\d一二三四五六七八九点])",
    r"\b(?:one\s*hundred|thirty|forty|fifteen)\s*(?:\(\d+\)\s*)?(?:per\s*cent|percent|%)",
    NUM + r"0?[.．]050*\s*[%％]", r"万分之五(?![十])", r"千分之零点五", r"0[.．]0005(?!\d)",  # 0.05 %/day
    NUM + r"12\s*(?:-\s*)?(?:个月|months?\b|month\b)", r"(?<![二三四五六七八九])十二\s*个月",
    r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?\b",
    r"(?:质保期|保修期|质保|warranty\s*(?:period\s*)?(?:of|is)?)\s*(?:为)?\s*(?:一年|1年|one\s*year)",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 hours", "4-hour", "四小时", "four hours", "30%", "40 %", "15％",
            "100%", "100 per cent", "百分之三十", "百分之十五", "0.05%", "0.050 %", "万分之五", "12个月", "12 months",
            "十二个月", "twelve months", "质保期为一年", "fifteen per cent", "30percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "14 hours", "0.4 hours", "130%", "315%", "2.15%",
             "0.08%", "万分之八", "18个月", "112 months", "二十四个月", "300%", "百分之三十五", "1.30 %", "每年", "2.4小时"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("regex self-test must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex self-test must miss", s, scan(s))

    office = {k: (n, n.rsplit(".", 1)[1]) for k, (n, src) in FILES.items() if n.endswith((".docx", ".pdf"))}
    write({k: FILES[k][1] for k in office}, office, OUT, wrap_words=True)
    for k, (name, src) in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k, (name, src) in FILES.items():
        lang = "zh" if k.startswith("z") else "en"
        cat, terms, sla, ld, capped, deemed, value = LABELS[k]
        t = dict(zip(KEYS, terms))
        assert sum(PRICE_SUMS[k]) == value, (k, sum(PRICE_SUMS[k]), value)
        # values never on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, k
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 0.005, k
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30, k
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15, k
        if k in TCO:
            share = tco_share(k)
            assert abs(share - 40) > 2, (k, share)
        rules = derive(k)
        assert rules == DESIGN[k], (k, sorted(rules ^ DESIGN[k]))
        covered |= rules
        text = readback(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        hits = scan(text)
        assert not hits, (name, hits)
        extra = {"sla_clause": sla, "ld_stated": ld}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": sorted(rules)}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        print("%s %s %d %s %s%s" % (k, lang, n, risk(rules), ",".join(sorted(r[3:] for r in rules)) or "(none)",
                                      "  TCO %.1f%%" % tco_share(k) if k in TCO else ""))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    # the mix
    none = [k for k in DESIGN if not DESIGN[k]]
    assert sorted(none) == ["e03", "z01"], none
    assert DESIGN["e01"] == {"CR-GOVERNING-LAW"} and risk(DESIGN["e01"]) == "low"
    assert 8 <= len(DESIGN["z05"]) <= 10
    six = [k for k in DESIGN if k not in ("z01", "e03", "e01", "z05")]
    assert len(six) == 6 and all(2 <= len(DESIGN[k]) <= 3 for k in six), six
    print("all checks passed")


if __name__ == "__main__":
    main()
