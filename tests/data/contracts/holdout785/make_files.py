"""holdout785: builds the ten held-out drafts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py), writes the
.json labels and asserts lengths, rule coverage and that no label value or text sits on a policy threshold.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:红色资源数字化展示与研究平台采购合同
P:合同编号：DSY-ZC-2027-011　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市委党史研究室
P:乙方（供应商）：江城数智文化科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就红色资源数字化展示与研究平台（以下简称“平台”）的软件许可及定制开发事宜，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供红色资源管理平台软件（永久使用许可，不限用户数）一套，并完成部署、配置与数据初始化。
P:1.2 乙方按甲方需求定制开发以下内容：红色遗址电子地图、口述史音视频资料库、党史文献全文检索、线上展厅及与市级政务云统一身份认证的接口。
P:1.3 乙方负责对甲方工作人员开展操作培训及管理员培训，培训不少于三期。
P:1.4 平台应支持图片、音频、视频、三维模型及文献全文等资源类型的著录、检索与展示，适配电脑端、移动端及展厅触摸屏。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾贰万元整（¥1,620,000），其中：平台软件许可费¥860,000；定制开发费¥640,000；实施部署费¥98,000；培训费¥22,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及验收所需的全部费用，甲方不再另行支付。
P:2.3 合同履行期间国家税率调整的，含税总价不因此变动。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥324,000。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即¥729,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥567,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成平台部署及全部定制开发，并书面提请初步验收。
P:4.2 乙方应提交需求规格说明书、设计文档、接口说明、源代码、部署手册、用户手册及测试报告。
P:4.3 乙方应指定具有同类项目经验的项目经理一名，项目实施期间不得随意更换；确需更换的，应提前十日书面征得甲方同意。
P:4.4 甲方应提供必要的工作场地、网络环境、政务云资源及历史资料，并指定专人负责协调。因甲方原因造成进度延误的，交付期限相应顺延。
H:第五条 验收
P:5.1 初步验收标准：（1）功能清单所列功能全部实现；（2）与统一身份认证接口连续十日调用无差错；（3）在两百名用户并发时页面响应时间不超过三秒；（4）通过第三方软件安全测评，无中高危漏洞。
P:5.2 初步验收后平台试运行六十日，期间未发生一级故障，且甲方抽检的数字化资源元数据准确率达到招标文件要求的，甲方组织最终验收并出具验收报告。
P:5.3 平台上线、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
P:5.4 验收所需的第三方测评费用由乙方承担，测评机构由甲方确定。
H:第六条 质量保证与后续维护
P:6.1 平台免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不高于软件许可费的9%（即每年不超过¥77,400），且在质保期满后三年内不上调。维护服务按年另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台年度可用率不低于99.95%（计划内维护除外，计划维护应提前三个工作日通知甲方）。
P:7.2 一级故障（平台整体无法访问或数据无法检索）乙方应在30分钟内响应，2小时内到场或远程介入；二级故障2小时内响应；三级问题一个工作日内答复。
P:7.3 乙方响应超时的，每超时1小时扣减维护保证金¥800；年度可用率每低于约定值0.01个百分点，扣减¥1,500。甲方可从应付款中直接扣除。
P:7.4 乙方每季度向甲方提交服务报告，内容包括可用率统计、故障处理记录、安全巡检结果及优化建议。
H:第八条 知识产权
P:8.1 乙方保证其提供的平台软件不侵犯任何第三方合法权益。平台软件本身的知识产权仍归乙方，甲方享有永久、不可撤销的使用权。
P:8.2 本合同项下定制开发的成果，包括源代码、接口程序、数据库设计及相关文档，知识产权归甲方所有，甲方可自行修改、复制和许可他人使用。
P:8.3 乙方应向甲方提供开源组件清单及其许可证说明，保证甲方按本合同使用平台不违反相关开源许可证。
H:第九条 数据安全
P:9.1 平台中的红色资源数据、口述史音视频、用户信息等全部数据归甲方所有，乙方仅可为履行本合同使用，不得留存、复制或用于其他任何目的。
P:9.2 乙方应按照网络安全等级保护第三级的要求实施安全措施，包括访问控制、日志审计、数据加密存储及异地备份；乙方人员远程维护须经甲方审批并经堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:9.4 乙方应在合同签订后三十日内，向甲方提交数据安全管理方案及应急预案，并每半年组织一次数据恢复演练。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方未公开资料、内部档案及工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后继续有效。
P:10.2 乙方应与参与本项目的人员签订保密协议，并向甲方提交人员名单。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将合同义务全部或部分转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十四条 不可抗力
P:14.1 因地震、洪水、战争、重大公共卫生事件等不可抗力致使合同不能履行的，受影响一方应在三日内通知对方，并在十五日内提供有关证明，根据不可抗力的影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 廉洁
P:15.1 乙方不得向甲方工作人员提供回扣、礼品、宴请或其他不正当利益。乙方违反本条的，甲方有权解除合同，并按照政府采购有关规定处理。
H:第十六条 通知
P:16.1 双方的通知应以书面形式送达本合同首页载明的地址或双方确认的电子邮箱，一方变更联系方式的，应在变更后三日内书面通知对方。
H:第十七条 法律适用与争议解决
P:17.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十八条 其他
P:18.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：________　乙方（盖章）：________
P:签订日期：2027年3月　日
"""

Z02 = """T:婴幼儿辅食蒸煮灌装线控制系统改造及维保合同
P:合同编号：HB-SB-2027-036
P:甲方：某省禾贝婴幼儿辅食有限公司
P:乙方：苏州衡控自动化工程有限公司
P:甲方拟对其二号车间米粉蒸煮及果泥灌装生产线的控制系统进行改造，乙方具备相应资质与能力。双方经友好协商，就设备供货、软件许可、安装调试及质保期后维保事宜达成如下协议。
H:第一条 供货及服务范围
P:1.1 乙方提供下表所列设备及软件，完成旧控制柜拆除、新系统安装接线、程序编制、联调及试生产，并对甲方操作及维修人员进行培训。
P:1.2 乙方编制的灌装配方程序、批次追溯接口及与甲方制造执行系统的数据对接程序，属本合同定制开发内容。
P:1.3 改造范围包括两条米粉蒸煮线、一条果泥灌装线及配套的清洗消毒（CIP）控制回路，原有仪表经检测合格的继续利用。
P:1.4 乙方提供的设备应为全新原厂产品，接触食品的部件应符合食品安全国家标准的要求，并随货提供合格证、检测报告及原产地证明。
H:第二条 合同价格
P:2.1 合同价格明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及远程I/O模块|1套|486,000
TB:2|伺服灌装控制模块|8组|342,000
TB:3|HMI触摸屏及操作台|6台|96,000
TB:4|批次追溯软件许可（永久）|1套|228,000
TB:5|工业交换机及数据网关|1批|68,000
TB:|软硬件小计||1,220,000
TB:6|安装调试及程序编制|1项|146,000
TB:7|培训|1项|24,000
TB:|合同总价||1,390,000
P:2.2 合同总价为人民币壹佰叁拾玖万元整，含税及运输、保险、安装、调试费用。
P:2.3 合同价格为固定价格，在合同履行期间不因原材料或汇率变动而调整。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款（¥278,000）。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%（¥486,500）。到货签收仅确认数量，不代表质量验收。
P:3.3 生产线通过最终验收后，甲方支付合同总价的45%（¥625,500）。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票，甲方收到发票后十五个工作日内付款。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后四十五日内将设备运抵甲方工厂，并利用甲方安排的停产检修窗口在二十日内完成安装调试。
P:4.2 施工须遵守食品生产企业洁净区管理规定，进入车间人员须更衣消毒，不得携带玻璃及易碎品。
P:4.3 乙方应编制停产切换方案，经甲方批准后实施。切换期间乙方应保留原控制系统的回退条件，确保在切换失败时能在八小时内恢复原有生产。
P:4.4 甲方负责提供施工用电、压缩空气及临时存放场地，并安排工艺人员配合调试。
P:4.5 乙方应在安装完成后向甲方提交竣工图纸、接线表、参数设置表及程序备份。
H:第五条 验收
P:5.1 验收标准：（1）蒸煮温度控制偏差不超过±0.5℃；（2）灌装重量偏差不超过±1克；（3）连续七十二小时满负荷试生产，无停线故障；（4）每一批次的原料、工艺参数及成品可完整追溯；（5）与制造执行系统的数据一致性比对无差错。
P:5.2 满足上述标准后，甲方出具最终验收报告。设备安装完成、试生产或甲方使用，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新组织验收，由此增加的费用由乙方承担；两次验收仍不合格的，甲方有权退货并解除合同。
H:第六条 质保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:6.2 质保期内，一级故障（生产线停线）乙方应在30分钟内响应，3小时内到场；二级故障2小时内响应。响应或到场每超时1小时，乙方向甲方支付¥1,000。
P:6.3 质保期内，乙方每半年进行一次现场巡检，检查控制柜、伺服驱动及传感器状态，并出具巡检报告。
P:6.4 乙方应在甲方所在地储备常用备件，保证关键备件的供应期不少于八年。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方提供年度维保服务，包括定期巡检、备件更换及程序维护。
P:7.2 年度维保费按软硬件小计的26%计取，即每年¥317,200，在质保期满后三年内保持不变，每年初支付。
P:7.3 维保服务内容包括：每季度一次预防性维护、程序备份与版本管理、软件补丁更新、备件更换人工及年度系统健康评估报告。
P:7.4 维保期间的故障响应时间及超时赔付与第六条6.2相同。
H:第八条 知识产权
P:8.1 第一条1.2所列定制开发成果的知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改或委托他人维护。
P:8.2 批次追溯软件的著作权仍归原权利人，甲方享有永久使用许可。
P:8.3 乙方保证其提供的设备及软件不侵犯第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 生产工艺参数、配方、批次记录等数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方审批，使用甲方指定的加密通道，并保留操作日志。因乙方原因造成数据泄露、丢失或系统被入侵的，乙方应在2小时内通知甲方并承担赔偿责任。
P:9.3 控制网络应与甲方办公网络逻辑隔离，乙方不得在控制系统中预留任何未经甲方书面认可的远程访问通道。
H:第十条 保密
P:乙方对甲方的配方、工艺、产能及商业信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后五年内有效。乙方人员因调试需要拍摄车间照片或视频的，须事先取得甲方同意。
H:第十一条 分包
P:乙方可将电气安装及布线工程分包给具备资质的第三方施工单位，但应提前五个工作日书面通知甲方，并对分包单位的工作承担责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六支付违约金。
P:12.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但人身伤害、食品安全事故及故意或重大过失造成的损失不受此限。
P:12.3 因乙方提供的设备或程序缺陷导致产品批次报废的，乙方应赔偿甲方的原料及包装损失。

H:第十三条 培训
P:乙方应为甲方提供不少于五天的现场培训，培训对象包括操作工、设备维修人员及工艺工程师，培训后应达到独立操作、日常维护及一般故障排除的水平。乙方应提供中文版操作手册、电气图纸及程序说明。
H:第十四条 安全生产
P:乙方施工人员应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业许可；因乙方人员违章作业造成的人身伤害或财产损失由乙方承担。
H:第十五条 合同解除
P:乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。合同解除后，乙方应配合甲方将生产线恢复至可运行状态。
H:第十六条 争议解决
P:本合同适用中华人民共和国法律。争议提交苏州仲裁委员会仲裁。
H:第十七条 不可抗力
P:因不可抗力导致任何一方不能履行合同的，应及时通知对方并提供证明，双方根据不可抗力的影响协商延期履行或部分免除责任。
H:第十八条 其他
P:本合同附件包括技术规格书及停产切换方案，附件与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　乙方（盖章）：
P:日期：2027年　月　日
"""

Z03 = """连锁空手道馆预约及会员管理系统服务合同

合同编号：KD-SaaS-2027-08
甲方：某市武韵空手道运动连锁有限公司（下设30家门店）
乙方：杭州约练云科技有限公司

鉴于甲方需要为旗下30家空手道馆统一部署课程预约、会员管理、教练排课及线上缴费系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施，双方协商一致，订立本合同。

一、服务内容
（一）乙方向甲方开通“约练云”道馆管理系统，包括课程预约、会员档案、段位考级记录、教练排课、储值与续费、门店经营报表等模块，开通门店数为30家，管理端账号不限。
（二）乙方负责实施工作：1.历史会员数据迁移；2.微信小程序预约页面按甲方品牌定制；3.与甲方现有门禁闸机对接签到；4.管理员及店长培训。
（三）服务期为两个服务年度，自系统上线验收合格之日起计算。
（四）系统功能包括：1.学员可通过小程序查看各门店课表、预约私教课和团体课，并在开课前两小时内取消预约；2.教练可查看本人排课、签到名单及学员段位记录；3.店长可查看本门店的课消、续费及客流报表；4.总部可按门店、课程、教练维度汇总经营数据。
（五）系统应支持储值卡、次卡、期限卡等多种会员卡种及家庭套餐，支持微信支付和门店收款码收款，并自动生成电子收据。
（六）乙方为甲方配置专属客户成功经理一名，负责需求对接、培训安排及月度运营回顾。

二、服务费用
（一）年度订阅费：每家门店每服务年度人民币8,600元，30家门店合计每服务年度258,000元，两个服务年度共计516,000元。
（二）实施费：一次性人民币84,000元。
（三）合同总价：人民币600,000元（含税）。短信、支付通道手续费按实际发生另计，不计入合同总价。
（四）服务期内新增门店的，订阅费按每家门店每服务年度8,600元，按剩余服务月数折算。除本合同约定的费用外，乙方不得以任何名义向甲方或甲方会员另行收取费用。

三、付款方式
（一）实施费在系统上线验收合格后十五个工作日内一次性支付。
（二）各服务年度的订阅费在该服务年度开始后十个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。

四、实施与上线验收
（一）乙方应在合同签订后四十日内完成全部实施工作并提请上线验收。
（二）上线验收标准：1.迁移会员数据与原系统逐条核对一致；2.30家门店均可正常预约、签到、缴费；3.门禁签到识别成功后2秒内开闸；4.高峰时段两千名会员同时在线预约，页面响应不超过3秒。
（三）验收合格后双方签署上线验收单；系统试用或甲方门店开始使用，不视为验收合格。
（四）乙方未能按期完成上线验收的，每逾期一日，向甲方支付违约金人民币480元。
（五）甲方应在实施期间提供历史会员数据导出文件、门店及课程基础信息，并指定项目联系人。
（六）实施期间乙方应每周提交项目进度报告，列明已完成事项、存在问题及下周计划。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护须安排在夜间23时至次日6时，并提前两日通知甲方。
（二）故障响应：1.一级故障（全部或多家门店无法预约、签到或缴费）乙方在30分钟内响应，2小时内恢复；2.二级故障1小时内响应；3.一般问题当日答复。
（三）月度可用率未达到约定值的，按当月订阅费的5%抵扣服务费；一级故障响应每超时1小时，另抵扣人民币500元。
（四）乙方每月5日前向甲方提供上月服务报告，内容包括可用率、故障清单、工单处理时效及改进措施。
（五）系统版本更新应安排在非营业时段进行，重大功能变更应提前十日通知甲方，且不得降低已约定的功能。
（六）因甲方网络故障或第三方支付通道故障导致的服务中断，不计入不可用时间，但乙方应协助甲方排查。

六、知识产权
（一）“约练云”系统及其底层代码的知识产权归乙方所有。
（二）按甲方品牌定制的小程序页面、门禁对接程序及相关文档的知识产权归甲方，甲方可自行使用、修改或委托第三方维护。
（三）乙方保证系统及定制内容不侵犯第三方的知识产权，因此引起的纠纷由乙方负责处理并承担赔偿责任。

七、数据
（一）会员信息、预约记录、缴费记录等业务数据归甲方所有。
（二）乙方可将去标识化处理后的会员消费、预约及考级数据用于行业分析报告及乙方产品改进，该等使用无需另行取得甲方同意。
（三）数据安全：乙方应对数据进行加密存储、权限分级和操作审计，服务器部署在中国境内，每日备份；发生数据泄露或丢失的，乙方应在2小时内通知甲方、采取补救措施，并赔偿由此给甲方造成的损失。
（四）服务期满或合同解除后三十日内，乙方应向甲方完整返还全部数据并删除其保存的副本。
（五）会员个人信息的收集、存储和使用应符合《中华人民共和国个人信息保护法》的规定，未成年学员信息应取得其监护人同意；乙方不得将会员个人信息用于营销推广或提供给任何第三方。
（六）乙方应每半年开展一次数据恢复演练，并将演练结果报告甲方。

八、保密
双方对在合作中知悉的对方商业秘密、会员信息及经营数据负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。乙方应确保其员工遵守本条保密义务。

九、续期
服务期满前三十日，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，依此类推。续期的订阅费由乙方按其届时公布的标准价格确定，乙方有权上调价格。

十、分包
未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

十一、违约责任与责任限额
（一）任何一方违约给对方造成损失的，应予赔偿。
（二）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但数据泄露及故意造成的损失不受此限。
（三）甲方逾期支付服务费的，乙方应书面催告；催告后三十日内仍未支付的，乙方可暂停服务，但应提前五日通知甲方。

十二、合同解除
乙方严重违约，或连续两个月可用率未达到约定值，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还未履行期间的订阅费。

十三、培训与支持
（一）乙方在上线前为每家门店的店长及前台人员提供线上培训，并为总部管理员提供两天现场培训。
（二）服务期内乙方提供工作日9时至21时的在线客服及电话支持，并提供操作手册和视频教程。

十四、甲方的权利义务
（一）甲方应按约定支付费用，指定系统管理员，并妥善保管管理账号和密码。
（二）甲方应确保其上传的课程图片、视频及宣传内容不侵犯他人权利。
（三）甲方有权对乙方的服务质量进行监督，并提出改进要求。

十五、不可抗力
因不可抗力导致服务中断的，乙方应及时通知甲方并尽力恢复；不可抗力持续超过三十日的，甲方有权解除合同，乙方退还未履行期间的订阅费。

十六、通知
本合同项下的通知以书面形式送达双方在本合同首页列明的地址，或发送至双方指定的电子邮箱，发出之日起第二日视为送达。

十七、法律适用与争议解决
本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。

十八、其他
本合同附件包括《系统功能清单》《实施计划》及《服务水平说明》，附件为本合同不可分割的组成部分。本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（签章）：　　　　　乙方（签章）：
日期：2027年　月　日
"""

Z04 = """家事调解（婚姻家庭纠纷调解）案件管理系统年度运维服务合同

项目编号：FY-CS-2027-004（竞争性磋商）
甲方：某区人民法院
乙方：南宁司信信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其家事调解案件管理系统（以下简称“系统”）提供年度运行维护服务。为明确双方权利义务，订立本合同。

第一条 服务范围
（一）系统日常运行监控、故障处理及应急响应，范围包括调解案件登记、调解员排期、婚调室预约、调解笔录及调解协议生成、与审判业务系统的案件流转接口。
（二）每季度开展一次巡检，出具巡检报告；每月对数据库进行健康检查并优化。
（三）配合甲方完成等级保护测评整改、系统补丁更新及与上级法院平台对接的适配工作。
（四）在甲方提出需求后，完成不超过六十人日的小型功能调整。
（五）对系统使用人员提供操作咨询，每半年至少组织一次调解员操作培训。
（六）建立运维知识库和资产台账，记录服务器、数据库、中间件的版本、配置及变更情况。
（七）协助甲方做好系统日志留存、数据备份检查及年度数据归档工作。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，应另行依法组织采购。服务期内，乙方应保证运维服务不间断。

第三条 服务费用及支付
（一）年度运维服务费为人民币叁拾捌万陆仟元整（¥386,000），包含人员、工具、差旅、税费等全部费用。
（二）服务费分两期支付：上半年服务期满并经甲方考核合格后支付¥193,000；全年服务期满并经年度验收合格后支付¥193,000。
（三）乙方应在每期付款前开具合法有效的发票，甲方按财政支付程序付款。
（四）服务费为固定总价，服务期内不因人员工资、物价上涨等因素调整。

第四条 服务团队
（一）乙方派驻一名具有三年以上法院信息系统运维经验的驻场工程师，工作日8:30至17:30在甲方指定地点工作。
（二）驻场人员须通过甲方背景审查并签署保密承诺书，乙方更换驻场人员须提前十日经甲方同意。
（三）乙方应另行指定一名二线技术支持工程师及一名数据库工程师，在驻场人员无法解决问题时提供远程或现场支持。
（四）驻场人员应遵守甲方的考勤、安全保卫和保密管理制度，不得进入与工作无关的区域，不得旁听调解。
（五）甲方有权对驻场人员的工作态度和技术能力进行评价，驻场人员不能胜任工作或严重违反甲方管理制度的，甲方有权要求乙方在五个工作日内更换。

第五条 服务水平
（一）系统在工作时间内的可用率不低于99.95%。
（二）一级故障（系统整体不可用或调解案件无法流转至审判系统）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，八小时内解决；三级问题一个工作日内答复。
（三）乙方未达到上述服务水平的，应在三日内向甲方提交书面说明和整改计划，相关情况记入季度考核记录。
（四）乙方应每月提交运维月报，内容包括系统运行情况、可用率统计、故障及处理情况、巡检发现的问题及改进建议。
（五）重大节假日及上级法院重要活动期间，乙方应安排专人值守，并提前制定保障方案。
（六）乙方应通过甲方指定的工单系统记录每一个故障和服务请求，记录内容包括报告时间、响应时间、处理过程和恢复时间。
（七）乙方应每季度对服务器、存储及数据库性能进行分析，提出容量规划建议。

第六条 交付事项
（一）乙方应在每季度结束后十日内提交巡检报告，在甲方书面通知后三十日内完成等保测评整改项。
（二）乙方逾期提交交付事项或逾期完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（三）甲方可从应付服务费中直接扣除乙方应付的违约金。

第七条 年度验收
（一）服务期满前，甲方对照本合同第五条、第六条及磋商文件的服务要求组织年度验收，验收内容包括：可用率统计、故障工单处理记录、巡检报告、整改完成情况及用户满意度调查。
（二）满意度低于磋商文件要求或存在未完成的整改项的，乙方应在十五日内完成整改后重新验收。
（三）年度验收小组由甲方信息技术部门、使用部门及家事审判庭的代表组成，必要时可邀请专家参加。年度验收合格的，甲方出具年度验收意见书。

第八条 数据安全
（一）系统中的当事人信息、调解记录、调解协议等全部数据归甲方所有，乙方不得以任何方式复制、留存或用于运维以外的目的。
（二）乙方人员只能在甲方内网通过堡垒机进行运维操作，全部操作留痕；严禁将数据导出至外部介质或互联网。
（三）发生数据泄露、篡改、丢失等安全事件的，乙方应立即报告甲方，配合调查处置；因乙方原因造成的损失，由乙方全额赔偿并承担相应法律责任。
（四）乙方不得擅自在系统中安装任何软件、工具或开通远程访问服务；确需安装运维工具的，应提交书面申请并经甲方批准。
（五）服务期满或合同终止时，乙方应交回全部账号、密码、文档及运维资料，并书面承诺未留存任何数据。

第九条 保密
乙方及其人员对履行本合同中接触到的案件信息、当事人隐私、审判工作秘密负有保密义务，不得以任何形式泄露。保密义务不因合同终止而解除。乙方应与驻场及参与运维的全部人员签订保密协议，并报甲方备案。

第十条 知识产权
乙方在运维过程中为甲方编写的脚本、程序、功能调整代码及运维文档，知识产权归甲方所有。乙方使用的第三方运维工具的知识产权归原权利人，乙方应保证其合法授权。

第十一条 变更管理
（一）涉及系统配置、数据库结构、接口参数的变更，乙方应提前提交变更方案，经甲方审批后在非工作时间实施。
（二）变更前应完成数据备份，变更失败的应立即回退，并向甲方提交书面报告。

第十二条 应急管理
（一）乙方应制定系统故障及网络安全事件应急预案，报甲方备案。
（二）乙方每半年配合甲方开展一次应急演练，演练结果作为考核内容之一。

第十三条 甲方的义务
（一）甲方为驻场人员提供办公场所、办公设备及必要的网络条件。
（二）甲方指定信息技术部门作为运维工作的归口管理部门，负责服务需求的提出、确认和考核。
（三）甲方应及时向乙方提供与运维有关的系统文档和账号权限。

第十四条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十五条 合同的变更与终止
（一）本合同的变更须经双方协商一致并签订书面补充协议。
（二）因不可抗力致使合同无法履行的，双方可协商终止本合同，互不承担违约责任。
（三）服务期满，本合同自然终止。

第十六条 廉洁
乙方不得向甲方工作人员赠送礼品、礼金或提供其他不正当利益，不得以任何方式干预案件办理。

第十七条 通知
双方的通知应以书面形式送达对方，联系人或联系方式变更的，应在三日内书面告知对方。

第十八条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交南宁仲裁委员会仲裁。

第十九条 其他
竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。本合同未尽事宜，由双方另行协商签订补充协议。

甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""

Z05 = """# 琢坊工序追踪管理软件销售及定制开发合同

（乙方标准合同文本 ZF-HT-V3.0）

合同编号：ZF2027-0219

甲方（买方）：某县芒果核雕工艺品厂

乙方（卖方）：广西琢坊软件科技有限公司

甲乙双方本着平等互利的原则，就甲方购买“琢坊工序追踪管理软件”及相关定制开发事宜，经协商一致，签订本合同，以资共同遵守。

## 第一条 产品及服务内容

1.1 乙方向甲方提供琢坊工序追踪管理软件标准版（含工序追踪、计件工资、半成品库存、质检登记模块）永久使用许可一套，授权终端数量为六十个。

1.2 乙方根据甲方需求进行定制开发：（1）数控雕刻机加工数据采集接口；（2）抛光工位扫码报工功能；（3）按订单、款式、工人统计的生产报表；（4）与甲方财务软件的计件工资导出接口。

1.3 乙方负责软件安装、基础数据初始化及操作培训。

1.4 软件功能说明：（1）工序追踪：从原料芒果核分拣、开料、粗雕、精雕、打磨、抛光、上油到包装入库，逐道工序扫码记录；（2）计件工资：按工序工价自动计算工人计件工资；（3）半成品库存：实时显示各工序在制品数量；（4）质检登记：记录次品原因并追溯到工序和工人。

1.5 软件运行所需的服务器、操作系统、数据库、扫码枪及网络设备由甲方自行采购，乙方可提供配置建议。

1.6 定制开发内容以双方确认的《需求确认书》为准，需求确认书签署后甲方提出的新增或变更需求，乙方另行报价。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪管理软件标准版许可（永久） | 420,000 |
| 2 | 定制开发（采集接口、扫码报工、报表、工资导出） | 360,000 |
| 3 | 安装实施及培训 | 58,000 |
| | 合计 | 838,000 |

合同总价为人民币捌拾叁万捌仟元整，含增值税，不含软件运行所需的硬件、第三方软件及甲方人员差旅费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币544,700元。

3.2 软件安装完成后五个工作日内，甲方支付剩余35%，即人民币293,300元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方收到款项后十个工作日内向甲方开具增值税普通发票。甲方未按期支付首期款的，乙方交付期限相应顺延。

## 第四条 交付与验收

4.1 乙方在收到首期款后六十日内完成软件安装及定制功能部署。

4.2 软件安装完成并交付甲方使用，即视为甲方验收合格。甲方对软件功能有意见的，应在安装完成后三日内书面提出，逾期未提出的视为无异议。

4.3 甲方应在乙方进场前完成服务器、网络及扫码设备的准备，并按乙方要求提供工序、工价、人员及订单等基础数据。因甲方准备不足导致延误的，交付期限相应顺延。

4.4 乙方完成安装后向甲方提交安装报告，甲方应在安装报告上签字确认。

4.5 乙方对甲方指定的系统管理员进行培训，培训时间为两天，培训以外的操作指导按实际人天另行收费。

4.6 乙方交付内容包括安装程序、用户手册及管理员手册电子版。

## 第五条 知识产权

5.1 标准版软件的著作权及一切知识产权归乙方所有。

5.2 乙方为甲方定制开发的全部功能、接口程序、报表模板及源代码，知识产权均归乙方所有。甲方仅在本企业内部享有非独占的使用权，不得修改、反编译或提供给第三方。

5.3 乙方保证其提供的标准版软件不侵犯第三方的著作权，如发生侵权纠纷，由乙方负责交涉处理。

5.4 甲方不得将本软件出租、出借或转让给第三方，不得超出授权终端数量使用。甲方需增加授权终端的，按乙方届时报价另行购买。

5.5 甲方使用本软件生成的报表及单据，甲方可用于本企业的生产经营管理。

## 第六条 售后服务

6.1 自软件安装完成之日起六个月为免费维护期，免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 乙方对免费维护期内发现的软件缺陷进行修复，修复时间视问题的复杂程度而定。

6.3 乙方将尽商业上合理的努力，通过电话、远程方式及时处理甲方提出的问题。

6.4 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的价目表支付年度维护费，乙方可根据市场情况调整价格。

6.5 免费维护期内的维护服务不包括：新增功能开发、因甲方业务调整导致的修改、硬件维修以及因不可抗力造成的损坏修复。

6.6 乙方提供电话及远程技术支持，工作时间为工作日9:00至18:00，非工作时间的支持需求由乙方视情况安排。现场服务按每人每天人民币1,800元另行收费，差旅费由甲方承担。

6.7 软件升级版本发布后，乙方可通知甲方升级，升级是否收费以乙方届时的政策为准。

## 第七条 数据安全

7.1 甲方在软件中录入的生产数据、工人信息、订单信息归甲方所有，乙方不得将其用于本合同以外的用途。

7.2 乙方远程维护须取得甲方许可，对远程访问进行记录；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并赔偿甲方由此遭受的直接损失。

7.3 甲方应保证计算机网络环境的安全，自行做好防病毒及数据备份工作，乙方可提供备份方法的指导。乙方技术人员在维护过程中知悉的甲方数据，仅用于解决甲方提出的问题。

## 第八条 保密

双方对在合作过程中获知的对方技术资料、经营信息负有保密义务，未经对方书面许可，不得向第三方披露。保密期限为本合同终止后两年。

## 第九条 违约责任

9.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下承担的全部赔偿责任（含违约金），累计不超过本合同总价的百分之二十。

9.3 在任何情况下，乙方不对甲方的间接损失、停产损失及利润损失承担责任。

9.4 因甲方原因导致乙方不能按期交付的，交付期限相应顺延，乙方不承担违约责任。因甲方提供的基础数据错误导致计算结果错误的，乙方不承担责任。

## 第十条 合同解除

一方严重违约，经守约方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。合同解除的，乙方未完成的定制开发部分按实际完成比例结算。

## 第十一条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。不可抗力包括地震、火灾、洪水、战争、政府行为、电力或网络中断等。

## 第十二条 争议解决

本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。争议解决期间，双方应继续履行合同中不涉及争议的部分。

## 第十三条 其他

13.1 本合同未尽事宜，双方另行协商签订补充协议，补充协议与本合同具有同等效力。

13.2 本合同一式两份，甲乙双方各执一份，经双方盖章后生效。

13.3 本合同履行过程中的通知以书面形式或电子邮件发送至合同首页所列地址，发出后三日视为送达。

13.4 本合同附件：《需求确认书》《软件功能清单》《报价单》。附件与本合同具有同等效力。

13.5 本合同的签署页、附件及双方盖章确认的补充协议构成完整合同。

甲方（盖章）：　　　　　　　乙方（盖章）：

日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. EF-LIC-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Hefei Lanjiang Public Transport Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hefei, Anhui Province (the "Customer"), and Euphrates Fleetware LLC, a limited liability company registered in Raqqa, Syrian Arab Republic (the "Vendor").
P:The Customer operates a bus fleet and four depots and wishes to replace its paper-based maintenance records with a computerised maintenance management system. The Vendor develops and licenses such a system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FleetKeeper maintenance management software, version 7, in object code, including the work-order, preventive-maintenance, parts-inventory, tyre-management and depot-dashboard modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data-conversion scripts and configuration developed by the Vendor specifically for the Customer under Article 3, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including vehicle records, work orders, parts data and personal data of the Customer's staff.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the Customer's data centre in Hefei, for up to 350 named users and an unlimited number of vehicles, for the Customer's own business and that of its wholly owned subsidiaries.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, convert the Customer's existing maintenance records from spreadsheets and the legacy database, develop interfaces to the Customer's ERP system, fuel-card system and vehicle telematics platform, and develop the reports listed in the Statement of Work.
P:3.2 The Vendor shall train up to 40 key users and 6 administrators at the Customer's premises, in Chinese, with training material in Chinese.
P:3.3 The Vendor shall complete the installation and the Custom Deliverables and present the system for acceptance testing within 120 days after the Effective Date.
P:3.4 The Vendor shall appoint a project manager who speaks Chinese and shall submit a weekly progress report to the Customer during the implementation.
H:Article 4 Prices and Payment
P:4.1 The total Contract Price is CNY 1,500,000, made up of: licence fees for the Software, CNY 1,150,000; implementation, data conversion and interface development, CNY 310,000; and training, CNY 40,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay 20% of the Contract Price within 30 days after signature against the Vendor's invoice and an advance-payment guarantee issued by a bank acceptable to the Customer.
P:4.3 The Customer shall pay 45% of the Contract Price within 30 days after the Vendor's installation certificate countersigned by the Customer. The installation certificate confirms installation only and is not acceptance.
P:4.4 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:Article 5 Acceptance
P:5.1 The acceptance tests shall verify that: (a) every function in the Statement of Work operates as specified; (b) the converted records reconcile with the source data, record by record, for vehicles, open work orders and parts balances; (c) each interface exchanges data correctly for ten consecutive working days; and (d) the system supports 120 concurrent users with screen response times of no more than three seconds.
P:5.2 After successful testing the system shall run in production for 45 days without any Severity 1 incident.
P:5.3 When the criteria in Articles 5.1 and 5.2 are met, the Customer shall issue a Final Acceptance certificate. Installation, production use or payment by the Customer does not by itself constitute acceptance. If a test fails, the Vendor shall correct the defects at its own cost and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the Statement of Work for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, new versions and support free of charge.
P:6.2 Severity 1 means that the system is unavailable or that work orders cannot be created at any depot. The Vendor shall respond to a Severity 1 incident within one hour, at any time, and shall provide a workaround within eight hours. Severity 2 incidents shall be answered within two hours during business hours.
P:6.3 For each full hour by which the Vendor misses a response time for a Severity 1 incident, the Vendor shall credit the Customer CNY 1,500, deducted from the next payment due or paid on demand.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the licence fees per year, that is CNY 126,500 per year. This fee is fixed for the three years following the Warranty Period. Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation with the system for acceptance testing. The Customer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only remotely through the Customer's VPN with multi-factor authentication, after the Customer's approval of each session, and all sessions shall be logged. The Vendor shall not transfer Customer Data outside the Customer's systems.
P:8.3 The Vendor shall notify the Customer within six hours of becoming aware of any unauthorised access to, or loss of, Customer Data, shall cooperate in the investigation and remediation, and shall be liable for the loss caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement and shall use it only for the purposes of this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to present the system for acceptance testing by the date in Article 3.3, or if Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of either party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, breach of Article 8 or the indemnity in Article 7.3.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice of the breach.
P:12.2 On termination before Final Acceptance, the Vendor shall refund the amounts paid for undelivered items, and the licence for delivered Software continues if the licence fees have been paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to mitigate. Either party may terminate if such an event continues for more than 90 days.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Syrian Arab Republic.
P:14.2 Any dispute arising out of this Agreement shall first be negotiated in good faith by senior representatives of the parties for 30 days. If it is not resolved, it shall be submitted to the competent courts of Raqqa.
H:Article 15 General
P:15.1 This Agreement, with the Statement of Work and the Vendor's price proposal, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese, and both versions are equally authentic.
P:15.2 Notices must be in writing and sent by courier or email to the addresses of the parties stated on the signature page, or to any other address that a party notifies in writing.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - SkillPath Learning Cloud

**Order Form No.** SP-OF-2027-0412

**Provider:** Jazira SkillPath Software LLC, registered in Qamishli, Syrian Arab Republic ("Provider")

**Customer:** Suzhou Hengrun Precision Components Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Subscribed Service

SkillPath Learning Cloud, Enterprise Edition: course catalogue and authoring, classroom and online training management, certification tracking for operators and quality inspectors, skills matrix, mobile learning app, reporting and the standard HR-system connector. The Service is hosted for Customer in a data centre located in mainland China operated by Provider's hosting partner.

### A2. Subscription Term

The Subscription Term is two Subscription Years, starting on the Go-Live Date confirmed under A5. The Agreement ends at the end of the second Subscription Year unless the parties sign a new Order Form. There is no automatic renewal.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Enterprise subscription, Subscription Year 1 | 600 users | 420 per user per year | 252,000 |
| Enterprise subscription, Subscription Year 2 | 600 users | 420 per user per year | 252,000 |
| Onboarding: configuration, user import, course migration, HR connector set-up, administrator training | one-time | - | 46,000 |
| **Total Fees for the Subscription Term** | | | **550,000** |

Additional users may be added at the same unit price, pro rata for the remaining part of the Subscription Year. Fees include VAT.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after the Go-Live Date and is payable within 30 days of invoice.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

(c) Payments are made in CNY to Provider's designated bank account.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall complete onboarding within 45 days after the signature of this Order Form.

(b) Go-Live acceptance tests shall confirm that: (i) all 600 users have been imported with the correct department, role and line manager; (ii) the 380 existing courses and their completion histories have been migrated and checked against Customer's export; (iii) the HR connector synchronises new starters and leavers daily without error for five consecutive working days; and (iv) the certification reports match Customer's sample reports.

(c) When the tests are passed, Customer signs a Go-Live certificate, and the date of signature is the Go-Live Date. Use of the Service for pilot courses before that date is not acceptance.

(d) Customer shall provide the user list, course files and HR-system test access within ten days after signature.

### A6. Contacts and Signatures

Customer contact: Ms. Zhou Lin, Training Manager. Provider contact: Mr. Khaled Hamo, Account Director.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with this Agreement and the documentation.

1.2 Provider may improve the Service from time to time, provided that no change materially reduces its functionality or security during the Subscription Term.

1.3 Provider shall give Customer's administrators access to online help and a knowledge base, and shall name a customer success manager, who shall hold a quarterly review with Customer on adoption, open tickets and the product roadmap.

### 2. Service Levels

2.1 Provider shall ensure that the Service is available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 00:00 and 05:00 China Standard Time.

2.2 A Priority 1 incident means that the Service is unavailable to all users or that no user can log in. Provider shall respond to a Priority 1 incident within 30 minutes, at any time, and shall work continuously to restore the Service. Priority 2 incidents shall receive a response within two hours during business hours.

2.3 If monthly availability falls below the level in 2.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. If Provider misses the Priority 1 response time, Customer receives a further credit of CNY 800 per incident. Credits are set off against the next invoice or, at the end of the Subscription Term, refunded.

2.4 Provider shall publish a monthly service report on the administration console showing availability, incidents, their causes and the credits due.

### 3. Customer Data

3.1 All data uploaded to or created in the Service by or for Customer, including employee records, training records, course materials and assessment results ("Customer Data"), belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose.

3.2 Customer Data is stored and processed only in mainland China. Provider shall not transfer Customer Data outside mainland China.

3.3 Within 30 days after the end of the Agreement, Provider shall return all Customer Data in a standard format and then delete it, and shall confirm the deletion in writing.

3.4 Customer may export Customer Data at any time during the Subscription Term through the administration console in CSV and other standard formats.

### 4. Data Security

4.1 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control, multi-factor authentication for Provider's administrators, logging of all administrative access, daily backups and annual penetration testing by an independent firm.

4.2 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take all necessary steps to contain it, and shall be liable for the losses caused by a breach of its obligations under this Section 4.

### 5. Confidentiality

5.1 Each party shall keep confidential the non-public information of the other party that it receives under this Agreement, shall use it only to perform this Agreement and shall disclose it only to its employees and advisers who need to know it and are bound by similar obligations. These obligations continue for three years after the end of the Agreement.

### 6. Intellectual Property

6.1 Provider owns the Service and all its software, documentation and improvements.

6.2 Customer owns its course materials, and the configurations, course templates and reports created for Customer during onboarding. Customer may use, modify and copy them freely, including outside the Service.

### 7. Sub-processors and Subcontracting

7.1 Provider uses the hosting partner named in A1. Provider shall not engage any other sub-processor or subcontractor for the Service without Customer's prior written consent, and remains responsible for the acts of every sub-processor and subcontractor.

### 8. Warranties

8.1 Provider warrants that the Service will perform materially in accordance with the documentation and that onboarding will be performed with reasonable skill and care.

8.2 Provider warrants that the Service and the onboarding deliverables do not infringe the intellectual property rights of any third party, and shall defend and indemnify Customer against any claim that they do.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

9.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

9.3 The limits in 9.1 and 9.2 do not apply to a party's breach of Section 5, to Provider's breach of Section 4, or to fraud or wilful misconduct.

### 10. Term and Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

10.2 If Customer terminates under 10.1, Provider shall refund the prepaid subscription fees for the period after termination.

10.3 Sections 3, 5, 6 and 9 survive the end of the Agreement.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising out of the Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign the Agreement without the other party's written consent. Notices must be in writing and sent to the contacts in A6. The Agreement is the entire agreement of the parties about its subject and may be changed only in writing signed by both parties.

12.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or failures of public networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Customer may terminate the Agreement if such an event prevents use of the Service for more than 30 consecutive days.
"""

E03 = """T:Supply Agreement for Cold-Store Temperature Sensors and Monitoring Software
P:Contract No. WHLC-PUR-2027-052 (Buyer's standard purchase terms)
P:Buyer: Wuhan Lianchuang Cold Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Khabur Instruments Trading Company, Hasakah, Syrian Arab Republic (the "Supplier").
P:The Buyer operates three cold-storage warehouses in Wuhan and must keep continuous temperature and humidity records for frozen and chilled goods. The Supplier shall supply, install and commission wireless sensors, gateways and monitoring software on the following terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, antennas, mounting kits and spare parts listed in Clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, including the alarm engine, the dashboard, the audit-trail module and the mobile alarm app.
P:1.3 "Custom Work" means the alarm rules, report templates and the interface to the Buyer's warehouse management system developed for the Buyer under this Contract.
P:1.4 "Buyer Data" means all measurements, alarms, logs, user records and other data collected or generated for the Buyer.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, grant the Software licence, install and calibrate all sensors, commission the system at the three sites, develop the Custom Work and train the Buyer's staff.
P:2.2 The Software is licensed to the Buyer perpetually for the three sites and any additional site of the Buyer, on the Buyer's own servers, with no limit on the number of users.
P:2.3 The Supplier shall supply, free of charge, 12 spare sensors and two spare gateways to be kept at the Buyer's main site.
P:2.4 Training shall cover at least eight operators and four administrators per site, in Chinese, and include alarm handling, calibration checks, report generation and user administration. The Supplier shall supply Chinese user and administrator manuals.
H:3. Prices
P:3.1 The prices are fixed and include delivery to site, import duties, taxes, insurance and all expenses:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C, calibrated|420|1,150|483,000
TB:2|LoRa gateway with backup battery and 4G uplink|24|6,500|156,000
TB:3|ColdWatch monitoring software, perpetual licence, three sites|1|298,000|298,000
TB:|Subtotal, Equipment and Software licence|||937,000
TB:4|Installation, calibration, commissioning and Custom Work|1|88,000|88,000
TB:5|Training of operators and administrators|1|16,000|16,000
TB:|Contract Price|||1,041,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against the Supplier's invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price within 30 days after all Equipment has been delivered and installed at the three sites. Signature of the delivery and installation note confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment within 60 days after signature and complete installation and commissioning within 30 days after delivery. Work inside the cold rooms shall be scheduled with the Buyer's warehouse managers so that goods are not exposed to temperature excursions.
P:5.2 Each sensor shall be delivered with a calibration certificate traceable to national standards.
P:5.3 Before installation the Supplier shall provide a site survey report showing the planned position of every sensor and gateway and the expected radio coverage, for the Buyer's approval.
P:5.4 Risk in the Equipment passes to the Buyer on delivery to site; title passes on payment of the instalment under Clause 4.2.
H:6. Acceptance
P:6.1 The acceptance tests shall show that: (a) every sensor reads within plus or minus 0.3 C of a reference thermometer at two test points; (b) no sensor loses more than two consecutive readings in a 14-day trial run; (c) alarms reach the responsible duty phone within 60 seconds of a threshold being crossed in the test configuration; (d) the audit trail records every change of settings with user and time; and (e) the warehouse management interface transfers location and temperature data correctly for ten consecutive days.
P:6.2 If the tests are passed, the Buyer shall issue a Final Acceptance certificate. Delivery, installation, use of the system or payment does not constitute acceptance.
P:6.3 If a test fails, the Supplier shall correct the defects at its own cost within ten days and repeat the failed tests. If the tests fail a second time, the Buyer may reject the system and terminate this Contract under Clause 14.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment, correct Software defects, recalibrate the sensors once a year and supply new Software versions, all free of charge.
P:7.2 A Severity 1 fault means loss of monitoring or of alarms for a whole cold room or site. The Supplier's support centre shall respond to a Severity 1 fault within 30 minutes, at any time, and a local service partner approved under Clause 13 shall be on site within six hours. Other faults shall be answered within two hours during business hours.
P:7.3 For each full hour by which a Severity 1 response or on-site time is late, the Supplier shall pay the Buyer CNY 1,000.
P:7.4 After the warranty period, the Buyer may order annual support for the Equipment and Software at 7.5% of the Subtotal in Clause 3.1 per year (CNY 70,275 per year). This price is fixed for two years after the warranty period. Support is ordered each year by purchase order and does not renew automatically.
P:7.5 The Supplier shall keep spare parts for the Equipment available for at least seven years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The licence in Clause 2.2 is irrevocable once the Contract Price has been paid.
P:8.2 The Custom Work and all intellectual property in it belong to the Buyer. The Supplier shall deliver its source files and documentation, and the Buyer may use, modify and license the Custom Work without restriction.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep any copy after the work is finished.
P:9.2 The system shall run on the Buyer's servers. Remote access by the Supplier is allowed only through the Buyer's VPN, for each session approved by the Buyer, and is logged. The Supplier shall follow the Buyer's information security rules and shall not export Buyer Data.
P:9.3 The Supplier shall notify the Buyer within six hours of any actual or suspected unauthorised access to Buyer Data caused by the Supplier or its personnel, shall assist the Buyer to limit the damage, and shall compensate the Buyer for the resulting losses.
P:9.4 The Software shall support role-based user accounts, password rules set by the Buyer and an export of all Buyer Data in open formats.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's sites, customers, goods, security arrangements and systems obtained under this Contract and shall not disclose it without the Buyer's prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Delay Damages
P:11.1 If the Supplier is late in delivery, installation or Final Acceptance for reasons within its control, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, damage to goods in storage caused by the Supplier's negligence, breach of Clause 9 or wilful misconduct.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents to the use of Jiangcheng Refrigeration Services Co., Ltd. of Wuhan as local service partner. The Supplier remains responsible for any subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the maximum delay damages under Clause 11 have been reached.
P:14.2 On termination the Supplier shall refund payments for Equipment and services not accepted and shall remove any Equipment the Buyer rejects.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
H:16. Force Majeure
P:16.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, if it notifies the other party promptly and does its best to limit the delay. If such an event lasts more than 60 days, either party may terminate the Contract for the undelivered part.
H:17. General
P:17.1 This Contract is written in English and Chinese; both texts have equal force. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED END-USER SUPPORT SERVICES AGREEMENT

**Agreement No.** GZ-MS-2027-019

**Customer:** Guangzhou Huamei Home Retail Co., Ltd., Tianhe District, Guangzhou, Guangdong Province, People's Republic of China ("Customer")

**Service Provider:** Hauran Digital Services Co., registered in Daraa, Syrian Arab Republic, acting in China through its appointed service centre in Guangzhou ("Provider")

**Background.** Customer runs 64 home-furnishing stores, two distribution centres and a head office, with about 1,800 desktops, laptops, store tablets and point-of-sale terminals. Customer wishes to outsource its service desk, end-user support and device management to Provider for 36 months on the terms below.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Provider accesses, receives or processes in performing the Services, including personal data, sales data and device images.

1.5 "Service Commencement Date" means the date on which Customer confirms in writing that the transition has been accepted under Section 3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties.

## 3. Transition and Acceptance

3.1 Provider shall complete the transition within 60 days after signature. The transition includes knowledge transfer from Customer's current team, set-up of the service desk telephone line, portal and ticketing tool, loading of the device inventory, and writing the support runbooks for the store systems.

3.2 Transition acceptance requires that: (a) every device in the inventory has been recorded with its owner and location; (b) runbooks for the top 40 ticket categories have been approved by Customer; (c) the service desk has handled Customer's tickets in parallel with the current team for ten working days with a first-contact resolution rate of at least 65%; and (d) the reporting described in Schedule 1 has been demonstrated.

3.3 When these criteria are met, Customer shall sign a transition acceptance certificate. Operation of the service desk before that date does not constitute acceptance.

3.4 If the transition is not accepted by the date in 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

3.5 Customer shall give Provider access to its current ticket history, documentation and staff for knowledge transfer during the transition.

## 4. Provision of the Services

4.1 Provider shall perform the Services with skilled and trained personnel, in accordance with the Service Levels, the approved runbooks and Customer's reasonable IT policies notified to Provider.

4.2 Provider shall provide a monthly service report and attend a monthly service review with Customer's IT manager. Twice a year the parties shall review the runbooks and the device inventory.

4.3 Provider's engineers working at Customer's sites shall comply with Customer's site rules, including store opening hours and loss-prevention procedures.

4.4 Provider shall keep the service desk staffed with at least the number of agents set out in the transition plan and shall train new agents on Customer's systems before they handle tickets.

4.5 Provider shall propose at least two improvement initiatives each year that reduce ticket volumes or resolution times, with an estimate of their effect.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The monthly service charge is invoiced monthly in arrears and payable within 30 days of invoice. The transition charge is invoiced after the transition acceptance certificate has been signed.

5.2 The Charges are fixed for the Service Term. A change in the number of devices of more than 10% in either direction shall be priced at the unit rate in Schedule 3.

## 6. Service Credits

6.1 If Provider fails to meet a Service Level in any month, Customer shall receive the service credit set out in Schedule 2, deducted from the next invoice. Service credits are a price adjustment and do not limit Customer's other rights.

## 7. Customer Data Protection

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only on Customer's instructions and only to perform the Services.

7.2 Provider shall: (a) keep Customer Data in mainland China and not transfer it abroad; (b) access Customer's systems only through accounts issued by Customer, with multi-factor authentication; (c) wipe or destroy the storage of every replaced device under Customer's supervision and record the serial number; (d) keep access logs for at least 18 months; and (e) ensure that its personnel follow the Personal Information Protection Law.

7.3 Provider shall notify Customer within six hours after becoming aware of any loss of, or unauthorised access to, Customer Data, shall help Customer contain and investigate it, and shall indemnify Customer for the losses caused by Provider's breach of this Section 7.

7.4 On expiry or termination Provider shall return all Customer Data and documentation and delete its copies, and shall confirm this in writing.

## 8. Intellectual Property

8.1 Runbooks, knowledge articles, scripts and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and give them to any other service provider.

8.2 Provider's ticketing tool remains Provider's property. Customer may export its tickets and history at any time.

8.3 Provider warrants that the tools and materials it uses in the Services do not infringe any third party's rights.

## 9. Personnel and Subcontracting

9.1 Provider shall name a service delivery manager who is the single point of contact for Customer.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains liable for any approved subcontractor as for itself.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total Charges payable over the Service Term, except for personal injury, wilful misconduct and breach of Section 7, for which liability is not limited.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after notice, or if Provider misses the same Service Level in three consecutive months.

11.2 Customer may terminate for convenience on 90 days' written notice after the first 18 months of the Service Term, paying the monthly charges up to the termination date only.

11.3 On expiry or termination Provider shall cooperate in handing over the Services to Customer or to a new provider for up to 60 days at the rates in Schedule 3.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. General

13.1 This Agreement, with its Schedules, is the whole agreement of the parties. Changes must be in writing and signed by both parties.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, if it notifies the other party promptly and takes reasonable steps to resume performance. Service credits do not apply to the period affected by such an event.

13.3 Notices under this Agreement must be in writing and sent to the contact persons named by each party at signature.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, portal and messaging support in Chinese for all staff; ticket logging, triage and first-line resolution | 07:00-23:00, seven days |
| Store and site support | On-site engineers for the Guangzhou head office and distribution centres; dispatch to stores | Store opening hours |
| Device management | Imaging, deployment, patching, antivirus, asset records and disposal of replaced devices | Business days |
| Point-of-sale support | Second-line support for POS terminals, receipt printers and scanners with the POS software vendor | Store opening hours |
| Reporting | Monthly report on tickets, Service Levels, device inventory and recurring problems | Monthly |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response time | Resolution target | Service credit if missed |
|---|---|---|---|---|
| P1 | A store cannot sell, or the head office or a distribution centre cannot work | 6 hours | 10 hours | CNY 2,000 per incident |
| P2 | Several users or one till affected, with workaround | 8 hours | 2 business days | CNY 500 per incident |
| P3 | Single user, minor issue, request | 1 business day | 5 business days | 1% of the monthly service charge if under target |
| Service desk | Calls answered within 60 seconds | 85% of calls | monthly | 2% of the monthly service charge |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | Fixed | 72,000 |
| Monthly service charge | 58,000 per month x 36 months | 2,088,000 |
| **Total Charges for the Service Term** | | **2,160,000** |
| Additional devices above the inventory band | per device per month | 28 |
| Exit assistance | per engineer day | 1,600 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No.: JB-API-2027-031

BETWEEN

Jabal Agri Data Company, registered in Suwayda, Syrian Arab Republic ("Provider"); and

Shenzhen Yuehai Fresh Produce Import Co., Ltd., Futian District, Shenzhen, Guangdong Province, People's Republic of China ("Customer").

BACKGROUND

Customer imports fresh and dried fruit, nuts and olive oil from the Eastern Mediterranean and needs reliable price, harvest and shipping data for its buying decisions. Provider collects and publishes wholesale market prices, crop condition reports, harvest forecasts and port and transit data for the region and makes them available through an application programming interface (API) and a web portal. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in clause 2.1, as updated by Provider from time to time, and any extracts of them delivered through the API or the portal.

1.2 "Customer Inputs" means the product lists, shipment references, supplier names, search queries and other information that Customer submits to the API or the portal.

1.3 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period from one anniversary of the Start Date to the day before the next.

1.4 "Start Date" means the date on which Customer signs the integration acceptance note under clause 5.

1.5 "Integration Work" means the custom data mappings, code samples, field dictionaries and the daily file feed into Customer's purchasing system that Provider builds for Customer under clause 5.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access and use the following Licensed Data for Customer's internal business purposes: (a) daily wholesale prices for 46 fruit, nut and oil products in 18 markets; (b) weekly crop condition and harvest forecast reports; (c) port congestion, vessel schedule and transit time data for 12 ports; and (d) historical archives for the preceding ten years.

2.2 Customer may use the Licensed Data in internal reports and models and may share summaries with its own directors, auditors and banks. Customer shall not resell the Licensed Data or publish it in raw form.

2.3 The included API volume is 3,000,000 calls per Subscription Year for up to 25 named portal users. Calls above that volume are charged at the overage rate in clause 4.3.

2.4 Provider shall give Customer at least 60 days' notice before withdrawing any data set or field, and shall propose an equivalent replacement where available.

2.5 Customer may add portal users at CNY 2,400 per user per Subscription Year, pro rata.

3. TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years starting on the Start Date.

3.2 At the end of the initial Subscription Term, and at the end of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 The fees for any renewal term are Provider's list prices in force at the start of that renewal term. Provider may increase the fees for a renewal term by giving notice at least 30 days before it starts, and Customer's non-renewal notice period is not extended by that notice.

4. FEES AND PAYMENT

4.1 The fees for the initial Subscription Term are:
   - Subscription fee, Subscription Year 1: CNY 186,000
   - Subscription fee, Subscription Year 2: CNY 186,000
   - Integration Work, one-time: CNY 28,000
   - Total: CNY 400,000

4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The Integration Work fee is invoiced after the integration acceptance note is signed. Invoices are payable within 30 days. All fees include VAT.

4.3 API calls above the included volume are charged at CNY 0.02 per call, invoiced quarterly in arrears.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall complete the Integration Work within 40 days after signature of this Agreement.

5.2 The integration acceptance tests shall confirm that: (a) the daily feed loads all subscribed prices into Customer's purchasing system by 08:00 China Standard Time on five consecutive business days; (b) product and market codes map correctly to Customer's item master for every subscribed product; (c) the historical archive can be queried for any product and market; and (d) the portal accounts for all named users work.

5.3 When the tests are passed, Customer signs the integration acceptance note. Trial use of the API before that date is not acceptance.

5.4 If the Integration Work is not accepted by the date in clause 5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay, and the Start Date is postponed accordingly.

5.5 Customer shall provide a test environment of its purchasing system and an extract of its item master within ten days after signature.

6. SERVICE LEVELS

6.1 The API and the portal shall be available at least 99.95% of each calendar month, excluding maintenance announced three days in advance.

6.2 A Priority 1 incident means that the API or the daily feed is unavailable, or that the daily prices are not published by 07:00 China Standard Time. Provider shall respond to a Priority 1 incident within one hour, at any time, and keep Customer informed every two hours until it is resolved.

6.3 Data quality: Provider shall correct any price that Customer reports as materially wrong within one business day after the report.

6.4 If availability in a month falls below the level in clause 6.1, or a Priority 1 response is late, Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each such failure, up to 25% of that monthly amount. Credits are deducted from the next invoice.

6.5 Provider shall publish a monthly report on availability, latency, data delays and corrections.

7. CUSTOMER INPUTS

7.1 Customer Inputs are and remain Customer's property. Provider uses Customer Inputs only to deliver the Licensed Data and the Integration Work to Customer and shall not use them for any other purpose or disclose them to its other customers.

7.2 Provider shall delete Customer Inputs within 30 days after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 Provider and its sources own the Licensed Data and the API. Nothing in this Agreement transfers any ownership in them to Customer.

8.2 The Integration Work belongs to Customer. Customer may use, modify and license it freely, including with data from other providers.

8.3 Customer may cite Provider as the source of data in internal documents.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business information received under this Agreement, including Customer's purchasing volumes and supplier relationships and the terms of this Agreement, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

10. WARRANTIES

10.1 Provider warrants that it has the rights needed to license the Licensed Data and that it collects the data with reasonable skill and care from the sources described in its methodology notes. Forecasts are estimates and Provider does not warrant their accuracy.

10.2 Provider shall document its methodology for each data set, including sources, collection frequency and revision policy, and shall notify Customer of material changes to it.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or loss of profit, including trading losses based on the Licensed Data.

11.2 Each party's total liability under this Agreement is limited to twice the total fees in clause 4.1, except for wilful misconduct and breach of clause 2.2.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Provider shall not subcontract the Integration Work or the operation of the API without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

12.2 Neither party may assign this Agreement without the other party's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the fees paid for the remaining part of the Subscription Year.

13.3 On expiry or termination Customer shall stop using the API, but may keep and continue to use Licensed Data already incorporated in its internal reports and models.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding.

15. GENERAL

15.1 This Agreement is the entire agreement of the parties about its subject. Amendments must be in writing and signed by both parties. Notices shall be sent by email and courier to the addresses on the signature page.

15.2 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as war, civil unrest, natural disasters, epidemics or interruptions of public telecommunications networks, provided it notifies the other party promptly and takes reasonable steps to resume performance.

15.3 This Agreement is made in English. A Chinese translation may be prepared for reference, and the English text prevails.

SIGNATURES

For Provider: ____________________  Date: __________

For Customer: ____________________  Date: __________
"""

# ---------------------------------------------------------------- files
NAMES = {
    "z01": ("h785z01_party_history_red_resources_platform", "pdf", "zh", Z01),
    "z02": ("h785z02_baby_food_filling_line_control_retrofit", "docx", "zh", Z02),
    "z03": ("h785z03_karate_chain_booking_membership_saas", "txt", "zh", Z03),
    "z04": ("h785z04_court_family_mediation_system_om", "txt", "zh", Z04),
    "z05": ("h785z05_mango_stone_carving_tracking_supplier_template", "md", "zh", Z05),
    "e01": ("h785e01_bus_fleet_cmms_licence_raqqa_vendor", "pdf", "en", E01),
    "e02": ("h785e02_learning_saas_order_form_qamishli_vendor", "md", "en", E02),
    "e03": ("h785e03_cold_store_sensors_monitoring_hasakah_supplier", "docx", "en", E03),
    "e04": ("h785e04_managed_end_user_support_daraa_provider", "md", "en", E04),
    "e05": ("h785e05_agri_data_api_subscription_suwayda_provider", "txt", "en", E05),
}

CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
T, F, N = True, False, None
# availability, p1, remedy, ip, data_sec, owns_data, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub,
# law, kind ; extra: sla_clause, ld_stated, pwf_capped (goods only), deemed, contract_value
TERMS = {
    "z01": (99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", "goods_or_licence"),
    "z02": (N, 0.5, T, "buyer", T, T, T, 0.06, 150, 20, T, T, 18, 26, F, T, T, "PRC", "goods_or_licence"),
    "z03": (99.5, 0.5, T, "buyer", T, F, T, 480 / 600000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", "service"),
    "z04": (99.95, 0.5, F, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", "service"),
    "z05": (N, N, F, "supplier", T, T, T, 0.02, 20, 65, F, F, 6, N, F, T, N, "PRC", "goods_or_licence"),
    "e01": (N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 11, F, T, F, "Syria", "goods_or_licence"),
    "e02": (99.95, 0.5, T, "buyer", T, T, T, N, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", "service"),
    "e03": (N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7.5, F, T, F, "PRC", "goods_or_licence"),
    "e04": (N, 6, T, "buyer", T, T, F, 1800 / 2160000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", "service"),
    "e05": (99.95, 1, T, "buyer", F, T, T, 300 / 400000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", "service"),
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (None = no key), deemed, contract_value
    "z01": (T, T, T, F, 1620000), "z02": (T, T, T, F, 1390000), "z03": (T, T, N, F, 600000),
    "z04": (T, T, N, F, 386000), "z05": (F, T, F, T, 838000), "e01": (T, T, T, F, 1500000),
    "e02": (T, F, N, F, 550000), "e03": (T, T, T, F, 1041000), "e04": (T, T, N, F, 2160000),
    "e05": (T, T, N, F, 400000),
}
# TCO inputs for goods_or_licence labels with a stated fee: fee base (itemised licence / hardware subtotal)
FEE_BASE = {"z01": 860000, "z02": 1220000, "e01": 1150000, "e03": 937000, "z05": 420000}
# sums of the price items as written in the texts
PRICE_ITEMS = {
    "z01": [860000, 640000, 98000, 22000], "z02": [486000, 342000, 96000, 228000, 68000, 146000, 24000],
    "z03": [258000, 258000, 84000], "z04": [386000], "z05": [420000, 360000, 58000],
    "e01": [1150000, 310000, 40000], "e02": [252000, 252000, 46000], "e03": [483000, 156000, 298000, 88000, 16000],
    "e04": [72000, 58000 * 36], "e05": [186000, 186000, 28000],
}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
    "e05": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "high", "e03": "low", "e04": "medium", "e05": "high"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy thresholds (section 3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def tco_share(key, t, x):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * post_years
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3 on the label values."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    name, ext, lang, _ = NAMES[key]
    t = dict(zip(TERM_KEYS, TERMS[key]))
    sla, lds, capped, deemed, cv = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    rules = derive(key, t, x)
    return {"file": name + "." + ext, "language": lang, "category": CATEGORY[key], "expected_terms": t,
            "expected_extra": x, "expected_rules": rules}


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.,])(?:99\.9|0\.05|30|15|40|100)(?:\.0+)?(?!\d)\s*(?:%|％|per\s*cent|percent)",
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.])0\.05(?![\d])",
    r"百分之(?:三十|十五|四十|一百|百|九十九点九)(?![点一二三四五六七八九十])",
    r"万分之五(?![十点])",
    r"千分之零点五",
    r"(?<![\d.])4(?:\.0+)?\s*(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![十\d])四个?小时",
    r"\bfour[\s-]*hours?",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)",
    r"\btwelve[\s-]*(?:\(12\)[\s-]*)?months?",
    r"十二个月",
    r"(?<!第)一年",
    r"\bone[\s-]*year",
    r"\b(?:one|a)\s*hundred\s*per\s*cent",
    r"\bthirty\s*per\s*cent|\bfifteen\s*per\s*cent|\bforty\s*per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "15%", "15.0%", "40 percent", "100%", "99.9%", "99.9", "0.05%", "万分之五",
            "4小时", "4 hours", "4h", "四小时", "4个小时", "four hours", "12个月", "12 months", "12-month",
            "twelve (12) months", "十二个月", "一年", "one year", "one-year", "100 per cent", "thirty per cent"]
MUST_MISS = ["99.95%", "99.99%", "24小时", "24 hours", "二十四小时", "130%", "35%", "2027年12月31日", "0.055%",
             "万分之五十", "14 hours", "第一年", "first year", "115%", "4G uplink", "1,150", "12 ports", "0.5%",
             "412 months"]


def scan_selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(form)]
    return hits


# ---------------------------------------------------------------- main
if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    scan_selftest()
    sources, targets = {}, {}
    for key, (name, ext, lang, src) in NAMES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name + "." + ext, ext)
        else:
            (OUT / (name + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", name + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (name, ext, lang, src) in NAMES.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert sum(PRICE_ITEMS[key]) == x["contract_value"], key
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(key, t, x)
        if share is not None:
            assert abs(share - TCO_TH) > 2, (key, share)
        if lab["expected_rules"] != sorted(DESIGN[key]):
            problems.append((key, "rules", lab["expected_rules"], DESIGN[key]))
        if risk(lab["expected_rules"]) != DESIGN_RISK[key]:
            problems.append((key, "risk", risk(lab["expected_rules"])))
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / lab["file"])
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        hits = scan(text)
        if hits:
            problems.append((key, "threshold text", sorted(set(hits))))
        (OUT / (name + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s  %-5s %s  size %d  rules %s  risk %s  tco %s" % (key, ext, lang, n, lab["expected_rules"],
              risk(lab["expected_rules"]), None if share is None else round(share, 1)))
    missing = set(SEVERITY) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
