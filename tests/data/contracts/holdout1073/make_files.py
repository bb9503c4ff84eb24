"""holdout1073: builds the ten draft contracts from the sources below (.txt/.md written as is; .docx/.pdf through
../word_pdf.py), writes the .json labels and asserts: lengths, no threshold value in labels or texts, the rules each
label implies (own reading of policy section 3) against the design list, and coverage of all 20 CR rules.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:市市场监管局外卖食品安全监管平台采购合同（草稿）
P:采购项目编号：SJG-ZC-2027-0316　　合同编号：SJGHT-2027-041
P:甲方（采购人）：某市市场监督管理局
P:乙方（供应商）：某市食安云科信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就外卖食品安全监管平台软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供外卖食品安全监管平台软件（以下简称“平台”）的永久使用许可，许可范围为甲方及其下属各区县分局，不限用户数。
P:1.2 乙方按照招标文件需求书完成以下定制开发：入网餐饮商户信用分级模块、后厨明厨亮灶视频智能识别对接、外卖平台企业数据接口、投诉举报协同处置模块及移动执法端。
P:1.3 乙方负责平台在甲方政务云环境中的部署、与市场监管一体化平台的数据对接、历史抽检数据迁移及操作培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零玖万陆仟元整（¥2,096,000），含税，为固定总价，包括软件许可、定制开发、实施部署、培训及质保期内全部服务费用。
P:2.2 价款构成：平台软件许可费¥1,160,000；定制开发费¥742,000；实施部署及数据对接费¥158,000；培训费¥36,000。
P:2.3 除本合同另有约定外，甲方不再支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台试运行满九十日并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具合法有效的增值税发票。甲方按财政资金支付程序办理，因财政审批产生的合理延迟不视为甲方违约。
P:3.5 最终验收合格后，甲方在十个工作日内退还预付款保函。乙方账户信息变更的，应提前书面通知甲方，否则由此产生的损失由乙方承担。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百五十日内完成全部定制开发、部署和数据对接，具备初步验收条件。
P:4.2 乙方应按周向甲方提交项目进度报告，重大风险应及时书面报告。
P:4.3 乙方应为本项目配备项目经理一名及不少于六名开发、实施人员，人员名单作为合同附件。项目经理更换须事先征得甲方同意。
P:4.4 乙方应在初步验收前完成对甲方系统管理员和各区县分局执法人员的培训，培训不少于八期，每期培训后提交签到表和考核记录。
H:第五条 验收
P:5.1 初步验收标准：需求书所列功能全部实现；与三家主要外卖平台企业的数据接口连续十日无差错；历史抽检数据迁移后逐条比对一致；平台在一千名用户并发时页面响应不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的网络安全等级保护测评及软件功能测评报告无高风险问题；全部文档、源代码按清单交付。
P:5.3 甲方应在乙方书面申请后十五个工作日内组织验收，并出具书面验收意见。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的9%（即每年不超过¥104,400），且质保期满后三年内不得上调。维护合同另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检并提交巡检报告，质保期满前一个月进行全面健康检查并提交评估报告。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三日通知甲方并安排在夜间进行。
P:7.2 一级故障（平台整体不可用或核心数据错误）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复服务；二级故障2小时内响应，24小时内解决。
P:7.3 乙方未达到上述要求的，每迟延一小时扣减服务费用¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000，从维护费或质保金中抵扣。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应交付完整源代码。
H:第九条 数据安全
P:9.1 平台中的商户信息、抽检数据、投诉数据及执法记录均属于甲方，乙方不得用于本合同以外的任何目的，不得留存或复制。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储和操作审计，运维须经甲方堡垒机进行。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
P:9.4 合同终止或维护服务结束时，乙方应将其因履约接触的全部数据返还甲方，并在甲方监督下删除其持有的副本，出具书面删除确认。
P:9.5 乙方应对参与本项目的人员进行背景审查和安全培训，并与其签订保密及数据安全承诺书。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、执法信息和商户信息负有保密义务，不得向任何第三方披露，保密义务在合同终止后继续有效。
P:10.2 乙方仅可在履约必需的范围内向其参与本项目的员工披露上述信息，并对其员工的泄密行为承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.3 乙方交付的软件存在侵犯第三方知识产权情形的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。
P:11.4 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力致使不能履行合同的，受影响一方应在事件发生后五日内书面通知对方并提供证明，双方可根据影响程度协商延期履行或部分免除责任。
H:第十六条 通知
P:16.1 本合同项下的通知以书面形式送达双方在首页载明的地址或电子邮箱，一方变更联系方式的，应提前五日书面通知对方。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力，但不得违背招标文件和投标文件的实质性内容。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，并报同级财政部门备案。
P:甲方（盖章）：　　　　乙方（盖章）：
P:日期：　　　　　　　日期：
"""

SRC["z02"] = """T:跑步机生产线控制系统改造合同（草稿）
P:合同编号：YK-SB-2027-018
P:甲方（买方）：浙江某健身器材股份有限公司（电动跑步机生产厂）
P:乙方（卖方）：某工控自动化系统有限公司
P:鉴于甲方拟对其总装车间三条电动跑步机生产线的控制系统进行改造升级，乙方具备相应的设备供应和系统集成能力，双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 合同标的
P:1.1 乙方负责供应下表所列设备及软件，完成三条生产线（跑带装配线、电机总成线、整机检测线）原有继电器控制系统的拆除、新控制系统的安装调试、PLC程序改造及与甲方MES系统的接口开发，并对甲方人员进行培训。
P:1.2 设备及软件明细与价格如下（人民币元，含税）：
TB:序号|名称|规格|数量|单价|金额
TB:1|PLC控制柜|含主站及远程IO|6套|86,000|516,000
TB:2|伺服驱动器及电机|2kW级|24套|12,500|300,000
TB:3|视觉检测工作站|跑带跑偏及表面缺陷检测|4套|68,000|272,000
TB:4|触摸屏人机界面|15英寸工业级|12台|6,500|78,000
TB:5|产线监控软件许可|永久许可，三条线|1套|186,000|186,000
TB:|设备及软件小计|||||1,352,000
TB:6|安装调试|拆旧、布线、调试|1项|118,000|118,000
TB:7|PLC程序改造及MES接口开发|定制|1项|96,000|96,000
TB:8|操作及维护培训|两期|1项|14,000|14,000
TB:|合同总价|||||1,580,000
P:1.3 合同总价为人民币壹佰伍拾捌万元整（¥1,580,000），包括设备、软件、运输、保险、安装调试、开发、培训及税费。
H:第二条 付款方式
P:2.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:2.2 全部设备到货并安装完成、经甲方签收后，甲方支付合同总价的25%。到货签收不代表质量验收。
P:2.3 三条生产线改造完成并经甲方最终验收合格后，甲方支付合同总价的55%。
P:2.4 乙方应在甲方每次付款前开具等额增值税专用发票。
H:第三条 交货与施工
P:3.1 乙方应于合同生效后六十日内将全部设备运至甲方工厂。改造施工应利用甲方安排的停产窗口分线进行，每条线停产时间不超过七日。
P:3.2 乙方施工人员应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业许可。因乙方原因造成的人身及财产损失由乙方承担。
P:3.3 设备应为全新原厂正品，随机附带合格证、说明书、电气原理图及原厂质保证明。设备包装应适合长途运输，因包装不当造成的损坏由乙方负责更换。
P:3.4 乙方应在每条线改造前提交施工方案和切换回退方案，经甲方生产部和设备部确认后实施；改造后原有继电器柜由乙方拆除并按甲方要求存放。
P:3.5 乙方应对甲方设备维护人员进行两期培训，内容包括PLC程序结构、HMI操作、伺服参数设置、视觉检测标定和常见故障处理，每期不少于三日，培训结束后由甲方组织考核。
H:第四条 验收
P:4.1 每条生产线改造完成后进行单线验收，验收标准为：控制功能符合技术协议；整机检测线节拍不低于每台72秒；视觉检测对跑带跑偏的识别准确率不低于98%；连续七十二小时带料运行无停线故障；与MES系统的工单、产量及质量数据交互准确。
P:4.2 三条线单线验收全部合格并稳定运行三十日后，甲方组织最终验收，并出具书面验收报告。设备安装完成、试生产或甲方使用均不视为验收合格。
P:4.3 验收不合格的，乙方应在十日内整改并重新提交验收，由此产生的费用由乙方承担。
P:4.4 乙方应在最终验收前移交竣工图纸、程序备份、参数清单、操作手册和维护手册各两套，并提供电子版。
H:第五条 质保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏的部件、修复软件缺陷并提供技术支持。
P:5.2 质保期内一级故障（整线停产）乙方应在1小时内响应，6小时内到达现场，二级故障（单工位停机）应在2小时内响应，次日内到场处理。
P:5.3 乙方未按上述时限响应或到场的，每迟延一小时向甲方支付¥800，从质保金或应付款中扣除。
P:5.4 乙方应在甲方工厂设置备件库，常用备件数量不低于技术协议约定的清单，备件由乙方负责补充。
H:第六条 质保期满后的维保服务
P:6.1 质保期满后，乙方继续为三条生产线提供维保服务，包括定期巡检、备件更换、程序优化及7×24小时电话支持。
P:6.2 年维保费按设备及软件小计的28%计取，即每年¥378,560，按年度于每个维保年度开始后三十日内支付。维保费在质保期满后五年内保持不变。
P:6.3 维保期内的响应、到场时限及迟延扣款按第五条执行，乙方每季度进行一次现场巡检并提交巡检报告，备件更换不另行收费。
P:6.4 维保服务期限由双方按年度确认，甲方可在维保年度届满前三十日书面通知不再续订。
H:第七条 知识产权
P:7.1 产线监控软件的知识产权归乙方或其原厂所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、HMI画面、MES接口程序及其源代码、注释和技术文档归甲方所有，甲方可自行修改或委托第三方维护。
H:第八条 数据安全与保密
P:8.1 生产数据、工艺参数、质量检测图像及设备运行记录属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方事先批准，通过甲方指定的VPN和堡垒机进行并全程记录。乙方应落实访问控制和防病毒措施，不得在控制网络中接入未经检查的移动存储介质。
P:8.3 发生数据泄露、病毒感染或其他安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失由乙方赔偿。
P:8.4 双方对在履约中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 乙方提供的设备不符合约定的，甲方有权要求更换、修理，并要求乙方赔偿因此增加的停产损失。
P:9.3 因乙方施工或调试不当导致甲方设备损坏或产品批量报废的，乙方应负责修复并赔偿直接损失。
P:9.4 甲方逾期付款的，每逾期一日按未付金额的万分之三向乙方支付违约金。
H:第十条 分包与转让
P:10.1 乙方不得将本合同转让。电缆桥架及配电安装如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 合同解除
P:11.1 一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除合同，并要求违约方赔偿损失。
P:11.2 乙方逾期超过四十五日或改造后的生产线经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并自费拆除其设备。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响方应及时通知对方并在十日内提供证明，双方协商延期履行或解除合同。
H:第十四条 其他
P:14.1 技术协议为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:附件：技术协议、施工进度计划、备件清单。
P:甲方（盖章）：　　　　　乙方（盖章）：
"""

SRC["z03"] = """巴乌培训门店预约及会员管理系统服务合同（草稿）

合同编号：BW-SaaS-2027-006
甲方：某市悠扬巴乌艺术培训有限公司（连锁经营，现有门店三十家）
乙方：某市课云信息科技有限公司

甲乙双方根据《中华人民共和国民法典》等法律法规，就乙方向甲方提供课程预约及会员管理云服务（以下简称“本服务”）及实施服务事宜，经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方三十家门店提供以下功能：课程排课与学员预约、微信小程序预约入口、会员卡及课时包管理、课消核销、教师课酬统计、门店经营报表及短信提醒。
（二）乙方负责实施服务，包括：
1. 甲方现有Excel会员台账及课时余额的数据迁移；
2. 甲方品牌小程序页面、课程体系和会员等级的配置；
3. 收银及支付通道对接；
4. 对门店店长和前台人员的分批培训。
（三）服务期为两个服务年度，自上线验收合格之日起算。第一个服务年度届满之日次日起为第二个服务年度。
（四）乙方应提供门店端操作手册、视频教程及在线客服入口，工作日九点至二十一点提供人工客服，周末及节假日提供值班支持。
（五）本服务部署于乙方在中国境内的云资源，乙方应保证平台已完成网络安全等级保护第二级备案，并在每个服务年度向甲方提供一次测评或自查报告。

二、服务费用及支付
（一）服务年费按门店数计算，每家门店每个服务年度¥9,800，三十家门店每个服务年度合计¥294,000，两个服务年度合计¥588,000。
（二）实施费为¥46,000，一次性收取。
（三）本合同总价为¥634,000（大写：人民币陆拾叁万肆仟元整），含税。
（四）支付方式：
1. 实施费在上线验收合格后十五个工作日内支付；
2. 每个服务年度的年费分两期支付，每期为该服务年度年费的一半，分别在该服务年度第一个月和第七个月的前十个工作日内支付；
3. 甲方新增门店的，按每店每个服务年度¥9,800按剩余天数折算，减少门店的，自下一期起相应核减。
（五）乙方应在收款前开具增值税普通发票。
（六）短信提醒按乙方短信通道实际发送量另行结算，单价为每条¥0.045，按月对账，不计入本合同总价。

三、上线与验收
（一）乙方应在合同签订后四十五日内完成实施，具备上线条件。
（二）上线验收标准：
1. 全部会员及课时余额迁移后与甲方台账逐条核对一致；
2. 三十家门店均能正常排课、预约和核销，小程序在三百人同时预约时页面响应不超过3秒；
3. 支付对账连续七日无差错；
4. 门店店长及前台培训覆盖率达到要求并通过操作考核。
（三）甲方应在乙方提交验收申请后七个工作日内组织验收并出具书面意见。试用或部分门店先行使用不视为验收合格。验收不合格的，乙方应在十日内整改。
（四）乙方逾期未具备上线条件的，每逾期一日向甲方支付违约金¥500；逾期超过三十日的，甲方有权解除合同。

四、服务水平
（一）乙方保证本服务的月度可用率不低于99.5%，计划内维护应提前两日通知并安排在晚上十点以后进行。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或收银）：1小时内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，当日恢复；
3. 三级问题（咨询及一般缺陷）：一个工作日内答复。
（三）月度可用率未达到约定值的，乙方按当月服务费的5%至20%向甲方提供服务费抵扣，抵扣在下一期付款中扣除；一级故障响应超时的，每超时一小时抵扣¥300。

五、知识产权
（一）乙方平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方专门配置或开发的小程序页面、课程体系模板、报表样式及相关文档的知识产权归甲方所有，甲方可自行使用、修改或交由第三方继续使用。

六、数据与信息安全
（一）甲方在本服务中录入或产生的学员、会员、课程及交易数据归甲方所有。
（二）乙方可在去除学员姓名、手机号等身份信息后，将甲方的预约、课消及续费数据汇总用于其产品改进和艺术培训行业分析报告，此项使用在本合同终止后继续有效。
（三）乙方应依照《个人信息保护法》《数据安全法》采取加密存储、访问控制、日志审计和异地备份等措施，不得将学员个人信息提供给任何第三方。
（四）发生数据泄露或安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，并在交付后删除其存储的甲方数据，向甲方出具书面删除说明。
（六）乙方员工仅可在处理甲方工单所必需的范围内访问甲方数据，访问记录应保存不少于六个月，甲方可随时查阅。

七、保密
双方对在合作中知悉的对方经营信息、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露。双方应要求其知悉上述信息的员工遵守同等保密义务。保密义务在本合同终止后三年内继续有效。

八、续期
（一）第二个服务年度届满前三十日内，任何一方未书面提出不续期的，本合同自动续期一个服务年度，以后亦同。
（二）续期时乙方有权根据其当年价格政策调整年费，调整幅度不超过上一服务年度年费的8%，并在续期前十五日通知甲方。

九、双方的其他权利义务
（一）乙方应为甲方指定专属客户经理一名，负责需求对接、问题跟踪和月度服务报告；服务期内乙方平台的版本升级和功能优化对甲方免费提供，升级不得导致甲方已配置内容丢失。
（二）乙方计划进行影响门店使用的重大升级的，应提前七日通知甲方，并在甲方营业低峰时段实施。
（三）甲方应指定一名系统管理员，负责内部账号开通、权限分配和门店人员管理，并妥善保管管理员账号密码。
（四）甲方应保证其通过本服务发布的课程信息、价格及宣传内容合法，并依法取得学员及其监护人对个人信息处理的同意。
（五）甲方如需增加定制功能，双方另行签订补充协议，费用另计。

十、违约责任与责任限制
（一）一方违反本合同约定的，应赔偿对方因此遭受的损失。
（二）乙方在本合同项下的赔偿责任总额以本合同总价的两倍为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。

十一、转包与分包
乙方不得将本合同项下的服务转包；未经甲方书面同意，不得将任何部分分包给第三方。

十二、合同解除
一方严重违约且在收到对方书面通知后十五日内未纠正的，守约方有权书面解除合同。甲方因乙方违约解除合同的，乙方应退还已收取但未提供服务期间的费用。乙方连续两个月未达到约定可用率的，甲方亦有权书面解除合同且不承担违约责任。

十三、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十四、不可抗力与通知
（一）因不可抗力或电信运营商大面积网络中断导致服务中断的，受影响方应及时通知对方，相关时间不计入可用率考核，但乙方应尽快恢复服务。
（二）本合同项下的通知以书面或双方确认的电子邮件方式发出，发送至本合同首页所列联系人。

十五、其他
本合同附件包括：门店清单、功能清单、实施计划。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签署日期：                    签署日期：
"""

SRC["z04"] = """入河排污口在线监测系统年度运维服务合同（草稿）

项目名称：2027年度入河排污口在线监测系统运维服务
采购方式：竞争性磋商　　项目编号：STHJ-CS-2026-112
甲方（采购人）：某市生态环境局
乙方（成交供应商）：某环境监测技术服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就排污口在线监测系统年度运维服务事宜，经协商一致，签订本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

第一条 服务范围
（一）运维对象为甲方辖区内42个入河排污口在线监测站点（含水质自动采样器、COD、氨氮、总磷、总氮分析仪、流量计、视频监控及数据采集传输仪）以及部署于甲方机房的排污口监测管理平台。
（二）服务内容包括：站点日常巡检和维护保养、仪器校准与质控、故障维修、耗材及试剂更换、备品备件供应、平台软件运行维护、数据审核和每季度比对监测。
（三）服务期自2027年1月1日起至2027年12月31日止。期满本合同自行终止，不自动续期；甲方如需继续采购，依法另行组织采购。

第二条 合同价款
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），为包干价，含人工、交通、耗材、试剂、备品备件、比对监测及税费。
（二）价款构成：站点巡检维护费42个×¥6,800=¥285,600；平台软件运维费¥96,000；备品备件费¥62,400；比对监测费¥42,000。

第三条 付款方式
（一）服务费按季度支付，每季度¥121,500。
（二）每季度结束后，乙方提交该季度运维报告、巡检记录和数据审核报告，经甲方确认后十五个工作日内，甲方支付该季度服务费。
（三）乙方应在每次付款前开具合法发票。本合同不设预付款。
（四）因站点被排污单位拆除或甲方调整点位导致运维站点减少的，按实际运维站点数和月份核减站点巡检维护费；新增站点的，按同一单价另行签订补充协议。

第四条 运维要求及服务水平
（一）乙方应配备驻场运维人员不少于五名，其中持证上岗的水质监测运维人员不少于三名，人员名单报甲方备案，运维人员更换须提前五日征得甲方同意，并保证新人员具备同等资质。
（二）每个站点每周至少巡检一次，每月进行一次仪器校准和标液核查，巡检记录当日上传平台。
（三）故障响应：
1. 一级故障（平台瘫痪或五个以上站点数据中断）：乙方应在1小时内响应，3小时内到达现场，8小时内恢复；
2. 二级故障（单个站点数据中断或仪器故障）：2小时内响应，24小时内到达现场，48小时内修复，无法修复的应启用备机；
3. 三级问题（数据异常、一般咨询）：当日答复，三日内处理完毕。
（四）站点停运期间，乙方应按规范开展人工采样监测，保证数据不中断。
（五）乙方使用的标准溶液、试剂应在有效期内并可溯源，更换下来的废液和过期试剂应按危险废物管理要求收集并交有资质单位处置，处置记录报甲方备案。
（六）乙方应在本市设立备品备件库，常用分析仪主板、泵阀、采样管路等备件储备不少于磋商文件要求的品种和数量，仪器需返厂维修的，应先行提供同型号备机。
（七）遇汛期、重大活动保障或甲方专项执法行动时，乙方应按甲方通知增派人员，加密巡检频次，并安排专人二十小时以上在岗值守，所需费用已包含在合同总价内。
（八）乙方每月五日前提交上月运维月报，内容包括站点运行情况、故障处理、质控结果、耗材更换和下月工作计划。
（九）乙方未达到上述服务要求的，甲方有权书面督促乙方限期整改，乙方应提交整改报告，并将其纳入年度考核评价。

第五条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括巡检完成率、故障处理及时性、质控样考核合格率、比对监测结果和台账完整性。
（二）服务期满后，甲方组织年度验收。验收标准为：全年巡检记录完整；比对监测相对误差符合《水污染源在线监测系统运行技术规范》要求；数据审核报告齐全；备品备件台账与实物一致；运维档案按目录移交。
（三）甲方应在乙方提交验收申请后十五个工作日内完成验收并出具书面意见。验收不合格的，乙方应在十日内整改。
（四）服务期满前三十日，乙方应编制运维交接清单，向甲方或甲方指定的后续运维单位移交站点设备状况、备品备件、账号权限和技术资料，并配合完成交接，交接期间不得中断服务。

第六条 甲方的权利义务
（一）甲方负责协调排污单位和站点所在地相关部门，为乙方进入站点提供必要条件，并保障站点供电和通信费用。
（二）甲方有权随时抽查乙方运维工作，对不称职的运维人员，甲方有权要求乙方在五日内更换。
（三）甲方应按本合同约定及时支付服务费并组织考核与验收。

第七条 数据安全
（一）监测数据、视频资料及平台中的全部数据属于甲方，乙方不得删除、篡改、伪造，不得用于本合同以外的任何目的，不得向任何第三方提供。
（二）乙方应落实平台账号权限管理、操作日志留存和数据备份，远程访问平台须经甲方批准并通过甲方指定的安全通道进行。
（三）发生数据泄露、篡改或网络安全事件的，乙方应在2小时内向甲方报告并配合处置；因乙方原因造成的损失及行政责任由乙方承担。
（四）乙方运维人员应签署数据安全承诺书，不得使用个人设备拷贝平台数据。合同终止时，乙方应交回全部账号并删除其持有的数据副本，出具书面说明。

第八条 保密
乙方对在服务中知悉的监测数据、执法信息及排污单位信息负有保密义务，未经甲方书面同意不得对外发布或泄露。本条在合同终止后继续有效。

第九条 知识产权
乙方在本合同履行过程中形成的运维文档、数据审核报告、平台配置脚本及优化程序归甲方所有。

第十条 分包
乙方可将偏远站点的日常巡检和耗材更换工作交由当地具备相应能力的单位实施，但应提前五个工作日书面告知甲方，并对其工作质量承担全部责任。

第十一条 违约责任
（一）乙方未按约定日期进场开展运维服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方伪造或篡改监测数据的，甲方有权解除合同，并要求乙方赔偿全部损失。
（三）乙方在运维过程中损坏甲方设备的，应负责修复或按价赔偿。

第十二条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十四条 安全生产与不可抗力
（一）乙方应对其运维人员进行安全培训，为其购买意外伤害保险，进入排污单位厂区应遵守其安全管理规定。乙方人员在运维中发生的人身伤亡由乙方负责。
（二）因洪水、台风等不可抗力导致站点损毁或无法运维的，乙方应在事件发生后及时通知甲方并尽力减少损失，相关期间不计入考核，费用按实际服务情况核定。

第十五条 其他
本合同附件：站点清单、运维考核细则、备品备件清单。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效，并报财政部门备案。

甲方（盖章）：                    乙方（盖章）：
"""

SRC["z05"] = """# 软件许可及实施服务合同

**绳艺云标准合同文本 V3.0（乙方范本）**

合同编号：SYY-2027-0088

甲方（用户）：某市吉祥结艺中国结工作室

乙方（供应商）：某市绳艺云软件有限公司

甲乙双方经友好协商，就乙方向甲方提供“结艺通”生产流程跟踪软件许可及定制开发、实施服务事宜，达成如下协议，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“结艺通”生产流程跟踪软件标准版（以下简称“软件”）的使用许可，许可用户数为十个并发用户，许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，内容包括：订单排产看板、编织及穿珠工序扫码报工、质检记录、计件工资核算报表以及与甲方网店订单的导入接口。

1.3 乙方负责软件的安装部署、基础数据初始化及对甲方人员的操作培训。

1.4 软件的功能以乙方产品说明书及双方确认的需求说明书为准。产品说明书中未列明的功能，不属于乙方的交付范围。

## 第二条 合同价款

2.1 本合同价款明细如下（人民币元，含税）：

| 序号 | 项目 | 数量 | 单价 | 金额 |
|---|---|---|---|---|
| 1 | “结艺通”生产流程跟踪软件标准版许可（十个并发用户） | 1套 | 168,000 | 168,000 |
| 2 | 定制开发（排产看板、扫码报工、计件工资、网店订单接口） | 1项 | 126,000 | 126,000 |
| 3 | 安装部署及培训 | 1项 | 18,000 | 18,000 |
| | 合计 | | | 312,000 |

2.2 本合同总价为人民币叁拾壹万贰仟元整（¥312,000）。

2.3 甲方需要的服务器、扫码枪、网络及操作系统等软硬件环境由甲方自行准备，费用不包含在合同价款内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥202,800。乙方收到该笔款项后开始定制开发工作。

3.2 软件安装完成后五个工作日内，甲方向乙方支付合同总价的35%，即¥109,200。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

3.4 乙方在收到每笔款项后十五个工作日内向甲方开具增值税普通发票。甲方需要增值税专用发票的，应提前提供开票信息。

## 第四条 交付与安装

4.1 乙方计划在收到首期款后九十日内完成定制开发并在甲方指定的服务器上安装软件。具体交付时间以乙方项目计划为准。

4.2 因需求变更、甲方环境未就绪或其他客观原因导致交付延期的，乙方应通知甲方，交付期限相应顺延，乙方不因此承担违约责任。

4.3 甲方应指定专人配合乙方的需求调研、安装和培训工作，并按乙方要求及时提供基础数据。

4.4 乙方为甲方提供一次集中培训，培训时长为两日，培训对象为甲方管理人员及各工序班组长。甲方需要增加培训场次的，按乙方标准人天价格另行支付费用。

4.5 需求调研完成后，双方确认的需求说明书作为定制开发的依据。需求说明书确认后甲方提出新增或变更需求的，乙方有权调整交付时间并另行报价。

## 第五条 验收

5.1 软件安装完成后，甲方即可开始使用。甲方开始使用软件，即视为甲方验收合格。

5.2 甲方对软件有异议的，应在安装完成后三日内以书面形式提出，逾期未提出的，视为验收合格。甲方提出的异议属于合同约定范围内的，乙方予以修改；超出约定范围的，按需求变更另行收费。

## 第六条 技术支持与维护

6.1 自软件安装完成之日起三个月为免费维护期。免费维护期内乙方提供软件缺陷修复服务。

6.2 乙方在工作日上午九点至下午五点半提供电话、即时通讯和远程技术支持，并将尽商业上合理的努力解决甲方反映的问题。

6.3 免费维护期满后，甲方如需乙方继续提供维护服务，应按乙方当年公布的服务价格标准支付年度维护费，维护费每年预先支付。甲方未购买维护服务的，乙方不再提供任何技术支持和版本升级。

6.4 因甲方操作不当、擅自修改软件或环境变化导致的问题，不属于维护范围，乙方可按人天另行收费。

6.5 乙方发布的软件新版本，仅向购买了当年维护服务的用户免费提供。甲方需要现场服务的，应另行支付差旅费和现场服务费。

## 第七条 知识产权

7.1 软件及乙方为本合同定制开发的全部功能模块、报表、接口程序、源代码和文档的知识产权均归乙方所有。

7.2 甲方在付清全部款项后，获得在本合同约定用户数范围内使用软件及定制功能的非独占、不可转让的权利。甲方不得对软件进行修改、反编译、反向工程，不得将其提供给任何第三方使用。甲方需要增加用户数的，应按乙方届时价格另行购买许可。

7.3 乙方有权将定制开发的功能纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在软件中录入和产生的订单、工艺、员工及生产数据归甲方所有，乙方仅为提供本合同服务的目的接触该等数据。

8.2 乙方在远程维护时应采取访问控制和操作记录措施，不得复制、留存甲方数据。因乙方过错导致甲方数据泄露或丢失的，乙方应及时通知甲方并协助恢复，承担相应的赔偿责任。

8.3 甲方应自行做好数据备份，并负责服务器、操作系统和数据库的安全防护，包括防病毒、账号密码管理和网络访问控制。

8.4 甲方员工个人信息的收集和使用由甲方负责取得相关人员同意。乙方维护人员仅在甲方授权的范围内访问相关数据。

## 第九条 保密

9.1 双方对在合作中获知的对方商业秘密、技术资料和客户信息负有保密义务，未经对方书面同意，不得向第三方披露。

9.2 下列信息不属于保密信息：已经公开的信息；接收方从第三方合法取得的信息；接收方独立开发的信息。

9.3 本条保密义务在本合同终止后两年内继续有效。

## 第十条 责任限制

10.1 乙方不对甲方的间接损失、利润损失、商誉损失或数据丢失承担责任。

10.2 乙方在本合同项下的全部赔偿责任（无论基于违约、侵权或其他原因）累计不超过本合同总价的20%。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经对方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，乙方已收取的款项不予退还。

11.3 本合同解除或终止后，甲方应停止使用软件及定制功能，并删除其安装的全部软件副本；第七条、第九条、第十条在合同解除或终止后继续有效。

## 第十二条 不可抗力

12.1 因不可抗力、网络故障、第三方平台接口变化、政策调整等非乙方所能控制的原因导致乙方不能履行或延迟履行本合同的，乙方不承担责任。

## 第十三条 通知

13.1 本合同项下的通知可以通过电子邮件、即时通讯或书面方式送达合同首页所列联系人，发出即视为送达。

## 第十四条 争议解决

因本合同引起的或与本合同有关的任何争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，由双方另行协商并签订补充协议。

甲方（盖章）：__________　　乙方（盖章）：__________

日期：__________　　　　　　日期：__________
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT (DRAFT)
P:Agreement No. SBPS-CN-2027-004
P:This Agreement is made between Qingdao Golden Kernel Foods Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer"), and South Burnett Process Systems Pty Ltd, a company incorporated in Australia with its principal place of business in Kingaroy, Queensland (the "Vendor").
P:The Customer processes, grades and exports peanuts and peanut products at three plants in Shandong. The Vendor develops and supports the KernelTrace grading and traceability software. The Customer wishes to acquire a perpetual licence to that software together with implementation, integration and training services, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the KernelTrace grading and traceability suite, version 7, in object code, with its standard modules for intake sampling, optical grading records, aflatoxin test tracking, lot genealogy and export documentation, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts, workflows and documentation created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software at the Customer's sites, including supplier, lot, test and shipment records.
P:1.4 "Go-Live" means the first day on which the Software is used for production at all three plants. "Final Acceptance" has the meaning given in Article 5.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its three plants in Qingdao, Laixi and Pingdu, for an unlimited number of named users employed by the Customer and its affiliates in the People's Republic of China.
P:2.2 The Vendor shall install and configure the Software on the Customer's servers, integrate it with the Customer's ERP system and laboratory instruments, migrate two seasons of historical lot records, and train the Customer's staff, all as described in the Statement of Work attached as Annex 1.
P:2.3 The Customer may make a reasonable number of copies of the Software for backup, testing and disaster recovery purposes.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,712,000 (the "Contract Price"), inclusive of applicable taxes, made up of: Software licence fee CNY 1,120,000; implementation and configuration CNY 386,000; ERP and instrument integration CNY 164,000; training CNY 42,000.
P:3.2 The Contract Price is fixed. It includes all travel, accommodation and living expenses of the Vendor's personnel, and any withholding tax payable in China on the licence fee shall be borne by the Vendor.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 20 business days after signature of this Agreement, against the Vendor's invoice and an on-demand bank guarantee for the same amount issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the Contract Price within 20 business days after Go-Live. Go-Live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account named in the invoice. Each invoice shall be a valid invoice acceptable under PRC tax rules.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature of this Agreement, in accordance with the project plan in Annex 1.
P:5.2 Final Acceptance testing starts after a stable production period of 60 days following Go-Live. The acceptance criteria are: every function listed in Annex 1 operates as specified; grading results imported from the optical sorters reconcile with instrument records for 20 consecutive production days; lot genealogy reports can trace any finished carton back to its intake lots within 10 seconds; export documents are generated without manual correction for all destination markets listed in Annex 1; and no Severity 1 defect is open.
P:5.3 The Customer shall complete the tests within 15 business days after the Vendor's written notice of readiness and issue a Final Acceptance certificate or a list of defects. The Vendor shall correct listed defects within 10 business days and the relevant tests shall be repeated. Installation, Go-Live, production use or any payment shall not be deemed to be Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide defect correction, updates, new versions and remote support free of charge.
P:6.2 Support is provided in Chinese or English. For a Severity 1 defect (grading or shipment processing stopped at any plant) the Vendor shall respond within 1 hour at any time and provide a workaround within 8 hours. For a Severity 2 defect (a major function impaired) the Vendor shall respond within 2 hours during business days and provide a correction within 3 business days.
P:6.3 If the Vendor misses a response or workaround time for a Severity 1 defect, the Vendor shall pay a service credit of CNY 1,000 for every hour or part of an hour of delay, which the Customer may deduct from any amount due to the Vendor.
P:6.4 After the Warranty Period, the Customer may order annual support at a fee of 9% of the Software licence fee, that is CNY 100,800 per year, which shall not be increased during the three years following the Warranty Period. Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Customer Data and Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:7.2 The Vendor shall access the Customer's systems only through the remote access channel approved by the Customer, with individual accounts and multi-factor authentication, and every session shall be logged. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, and shall not transfer Customer Data out of mainland China.
P:7.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data caused by the Vendor or its personnel, cooperate in remedying it and be liable for the losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and is licensed under Article 2.
P:8.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including to third-party service providers.
P:8.3 The Vendor shall defend and indemnify the Customer against any third-party claim that the Software or the Custom Deliverables infringe any intellectual property right.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including prices, production volumes, customer lists and technical information, and shall use it only for the purposes of this Agreement.
P:9.2 This Article survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Annex 1 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, breach of Articles 7 or 9, or the indemnity in Article 8.3.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:12.2 The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Customer under this Article the Vendor shall refund amounts paid for services not accepted.
P:12.3 The licence granted in Article 2 survives any termination other than termination by the Vendor for non-payment of the licence fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Queensland, Australia.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the Australian Centre for International Commercial Arbitration under its rules. The seat of arbitration is Brisbane, Queensland, and the language of arbitration is English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Statement of Work and project plan) and Annex 2 (Severity definitions), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English and Chinese. Both versions have equal effect.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS (DRAFT)

**Tablelands Orchard Cloud Pty Ltd** (ABN on file), Byrnes Street, Mareeba, Queensland, Australia (the "Vendor")

**Customer:** Hainan Yalong Tropical Fruit Plantation Co., Ltd., Sanya, Hainan Province, People's Republic of China (the "Customer")

Order Form No. TOC-OF-2027-117. This Order Form (Part A) and the General Terms (Part B) together form the agreement between the Vendor and the Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1 Services

The Vendor will provide the OrchardWise platform as a hosted subscription service for the Customer's mango and lychee plantations: block and tree registers, spray and fertiliser records, harvest forecasting, packhouse intake, export lot traceability, worker task tracking through the mobile app, and the management dashboard. The subscription covers 40 plantation blocks, 120 named office users and up to 900 mobile field users.

Onboarding services: configuration of blocks and crop calendars, import of the Customer's existing spreadsheets, connection of the two packhouse weighbridges, and four days of training for supervisors and office staff in Sanya.

### A2 Subscription Term

The Subscription Term is two Contract Years starting on the Subscription Start Date. The Subscription Start Date is the day on which the Customer signs the Go-Live acceptance certificate under A5. Each Contract Year runs from the Subscription Start Date or its anniversary.

### A3 Fees

| Item | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Platform subscription, Contract Year 1 | 40 blocks, 120 office users, 900 field users | 268,000 |
| Platform subscription, Contract Year 2 | same scope | 268,000 |
| Onboarding services | fixed price, one-time | 38,000 |
| **Total fees for the Subscription Term** | | **574,000** |

Additional blocks may be added at CNY 5,200 per block per Contract Year, prorated. Additional satellite imagery credits are charged at the rates in the Vendor's current price list and are not part of the total above.

### A4 Invoicing and Payment

(a) The subscription fee for each Contract Year is invoiced on the first day of that Contract Year and is payable within 30 days after receipt of a valid invoice.

(b) The onboarding fee is invoiced after the Customer signs the Go-Live acceptance certificate and is payable within 30 days.

(c) No amount is payable before the Subscription Start Date.

### A5 Onboarding and Go-Live Acceptance

(a) The Vendor will complete onboarding within 60 days after signature of this Order Form (the "Target Go-Live Date").

(b) The Go-Live acceptance tests are: all 40 blocks and their tree counts loaded and checked against the Customer's register; a full harvest day recorded end to end from field task to packhouse intake with weighbridge readings matching; export lot reports produced for one test shipment; mobile app working offline in the field and synchronising within 15 minutes of regaining coverage; and every supervisor trained.

(c) The Customer will run the tests within 10 business days after the Vendor's notice of readiness and sign the certificate or list the failures. The Vendor will correct failures and the tests will be repeated. Use of the platform before the certificate is signed is not acceptance.

(d) If Go-Live acceptance is not achieved by the Target Go-Live Date for reasons within the Vendor's control, the Vendor will pay CNY 400 for each day of delay as liquidated damages, which the Customer may deduct from the onboarding fee.

### A6 Special Terms

(a) Governing law and disputes: Part B section 12 applies as written.

(b) Customer contact: IT manager, Sanya head office. Vendor contact: customer success manager, Mareeba office.

## PART B - GENERAL TERMS

### 1. Definitions

"Customer Data" means all data that the Customer or its users enter into or upload to the platform, and all records generated from it for the Customer. "Documentation" means the Vendor's user guides as updated from time to time. "Customer Configurations" means the block structures, crop calendars, report layouts and dashboards set up by the Vendor specifically for the Customer.

### 2. Use of the Services

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right to access and use the platform during the Subscription Term for its internal business purposes.

2.2 The Customer is responsible for its users' compliance with this Agreement and for keeping user credentials secure.

2.3 The Vendor may improve the platform from time to time, provided that it does not materially reduce the functions described in A1.

### 3. Service Levels

3.1 The Vendor will make the platform available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 22:00 and 06:00 China Standard Time.

3.2 Priority 1 incidents (the platform or the mobile synchronisation is unavailable for all users) will be responded to within 1 hour, at any time, and worked on continuously until resolved. Priority 2 incidents will be responded to within 2 business hours.

3.3 If monthly availability falls below the level in 3.1, the Vendor will credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. If a Priority 1 response is late, the Vendor will credit CNY 500 for each hour of delay. Credits are applied to the next invoice.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to provide the services to the Customer and will not sell, share or analyse it for any other purpose.

4.2 The platform for this Customer is hosted on cloud infrastructure located in mainland China, operated by a licensed provider. The Vendor will keep Customer Data encrypted in transit and at rest, apply role-based access controls, log administrative access and keep daily backups for 30 days.

4.3 The Vendor will notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take the steps necessary to contain it, and be responsible for losses caused by its failure to comply with this section 4.

4.4 Within 30 days after the end of the Subscription Term, the Vendor will return Customer Data in a standard format on request and then delete it.

### 5. Intellectual Property

5.1 The platform and Documentation remain the property of the Vendor.

5.2 Customer Configurations and all reports produced for the Customer belong to the Customer, which may export, use, modify and let others use them without restriction.

### 6. Confidentiality

Each party will keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its staff and advisers who need to know it. This section survives for three years after the Agreement ends.

### 7. Subcontractors

The Vendor will not subcontract any part of the services, other than the hosting infrastructure named in 4.2, without the Customer's prior written consent, and remains responsible for every subcontractor.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

8.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to the Customer's obligation to pay fees or to breach of section 6.

### 9. Term, Renewal and Termination

9.1 This Agreement runs for the Subscription Term. At the end of the Subscription Term and of each renewal term, it renews automatically for a further Contract Year unless either party gives written notice of non-renewal at least 60 days before the end of the then current term.

9.2 The Vendor may increase the subscription fee for any renewal term by up to 9% over the fee for the previous Contract Year by notice given at least 75 days before the renewal.

9.3 The Subscription Term is non-cancellable by the Customer and fees are non-refundable. The Customer's remedies for any failure of the services are the service credits under section 3 and damages subject to section 8.

9.4 The Vendor may suspend or terminate the services if any undisputed invoice remains unpaid 30 days after a written reminder.

### 10. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, including typhoons, floods, epidemics and failures of public networks, provided that it notifies the other party promptly and resumes performance as soon as possible.

### 11. Notices

Notices must be in writing and sent by email with a copy by courier to the contacts in A6.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The arbitral award is final and binding on both parties.

### 13. General

This Agreement is the entire agreement between the parties on its subject matter. It may be signed in counterparts and by electronic signature. The English version prevails.

Signed for the Customer: ____________________ Date: __________

Signed for the Vendor: ____________________ Date: __________
"""

SRC["e03"] = """T:Supply Contract for Field Sensors and Monitoring Software (Draft)
P:Contract No. CZSC-IT-2027-023
P:Buyer: Guangxi Chongzuo Sweetcane Sugar Industry Co., Ltd., Chongzuo, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Johnstone River Instruments Pty Ltd, Innisfail, Queensland, Australia (the "Supplier").
P:This Contract is made on the Buyer's standard form for the purchase of goods and software. The Buyer operates sugarcane fields supplying its two mills and wishes to monitor soil moisture and weather across its managed fields, so that irrigation and harvest can be planned from data. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, weather stations, gateways and accessories listed in the Price Schedule in clause 2.
P:1.2 "Software" means the CaneSense monitoring platform, licensed for installation on the Buyer's servers, with all updates supplied under this Contract.
P:1.3 "Deliverables" means the Equipment, the Software, the integration programs, configurations and documents that the Supplier delivers under this Contract.
P:1.4 "Buyer Data" means all sensor readings, field records, maps, user data and other data collected, generated or stored by the Equipment or the Software for the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply and install the Equipment on the Buyer's fields at the locations listed in Annex 1, install the Software in the Buyer's data centre in Chongzuo, integrate it with the Buyer's farm management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,550,000, inclusive of VAT, customs duties, freight to site, insurance and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture probe, multi-depth, with solar logger|180|3,200|576,000
TB:2|Automatic weather station with rain gauge and wind sensor|12|28,500|342,000
TB:3|LoRaWAN gateway with 4G backhaul|16|9,800|156,800
TB:4|CaneSense monitoring platform, perpetual on-premises licence|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||1,342,800
TB:5|Installation and commissioning|1 lot|124,000|124,000
TB:6|Integration with the farm management system|1 lot|68,000|68,000
TB:7|Training (two sessions)|1 lot|15,200|15,200
TB:|Contract Price|||1,550,000
P:2.3 The Contract Price is fixed and shall not be adjusted for exchange-rate changes.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 business days after signature, against an advance-payment bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within 20 business days after the Installation Certificate is signed for all fields. The Installation Certificate records physical installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 business days after the Final Acceptance Certificate is signed.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier or its authorised importer in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's warehouse in Chongzuo within 75 days after signature and complete installation within a further 45 days, before the start of the crushing season.
P:4.2 The Supplier shall coordinate installation dates with the Buyer's field managers so that planting and fertilising are not disturbed, and shall restore any field damage caused by its work.
P:4.3 Each delivery shall include packing lists, certificates of origin and conformity, calibration certificates for every probe and weather station, and user and maintenance manuals in Chinese and English. Equipment shall be new, of current production and suitable for tropical field conditions, including heavy rain, high humidity and lightning exposure.
P:4.4 The Supplier shall train the Buyer's field technicians and IT staff in two sessions of three days each in Chongzuo, covering installation, calibration checks, battery and solar maintenance, gateway configuration, Software administration and the use of irrigation recommendations. Training materials become the Buyer's property.
P:4.5 The Supplier shall hand over a spare-parts kit of probes, loggers and gateway modules sufficient for the first growing season, as listed in Annex 2, at no extra cost.
H:5. Acceptance
P:5.1 Final Acceptance testing starts after a trial run of 30 days following the Installation Certificate. The acceptance criteria are: every probe, station and gateway reports to the Software at its configured interval; no device misses more than three consecutive scheduled readings during the trial run; soil moisture readings at six reference points agree with gravimetric samples within the tolerance in the technical specification; alerts are delivered to the field managers' phones within 5 minutes; and irrigation recommendations appear in the farm management system for every field.
P:5.2 The Buyer shall perform the tests within 10 business days after the Supplier's notice of readiness and sign the Final Acceptance Certificate or give a written list of failures, which the Supplier shall correct before the tests are repeated. Delivery, installation, the trial run or use of the Equipment or Software shall not be deemed acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During it the Supplier shall repair or replace defective Equipment, correct Software defects and supply new Software versions free of charge, including parts, labour, freight and travel.
P:6.2 The Supplier shall respond to a Severity 1 fault (the Software unavailable, or more than a fifth of the probes not reporting) within 1 hour, by telephone or remote session, and restore service within 12 hours. Faulty field devices shall be replaced on site within 48 hours during the growing season.
P:6.3 For every hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 600, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Buyer may purchase annual support covering the same services at 8% of the Hardware and Licence Subtotal, that is CNY 107,424 per year. This fee is fixed for the first two years after the warranty period. Support is ordered year by year and does not renew automatically.
H:7. Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only for the performance of this Contract and shall not use it for any other purpose, including product development or research, without the Buyer's prior written consent.
P:7.2 The Equipment shall send readings only to the Software installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and shall be made through the Buyer's VPN with individual accounts; all sessions are logged.
P:7.3 The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, keep Buyer Data in mainland China and report any security incident affecting Buyer Data to the Buyer within 12 hours. The Supplier is liable for losses caused by its breach of this clause 7.
P:7.4 Any Buyer Data held by the Supplier for support purposes, such as log extracts sent for analysis, shall be deleted within 30 days after the support case is closed, and the Supplier shall confirm the deletion in writing when asked.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier and is licensed to the Buyer perpetually, for use on any number of the Buyer's servers and fields.
P:8.2 The integration programs, field maps, alert rules, report templates and other Deliverables made specifically for the Buyer belong to the Buyer, with their source code, and the Buyer may use, modify and license them freely.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's field data, yields, prices and plans, and shall not disclose it to any third party without prior written consent, for five years after this Contract ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to deliver, install or achieve Final Acceptance by the dates in clause 4 or Annex 2 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages in clause 10.1 reach their maximum. The Supplier shall then refund the amounts received for Deliverables not accepted.
P:12.2 Termination does not affect the Buyer's licence to the Software already paid for, the Buyer's rights in the Deliverables, or any claim for damages that has accrued before termination.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:14. Force Majeure
P:14.1 A party prevented from performing by force majeure, such as typhoons, floods or epidemics, shall notify the other party promptly, provide evidence within 10 days and resume performance as soon as possible. The time for performance is extended by the period of the force majeure.
H:15. General
P:15.1 Annex 1 (field and device locations) and Annex 2 (technical specification and project plan) form part of this Contract. This Contract is made in English and Chinese, and both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED SERVICES AGREEMENT (DRAFT)

**Agreement No.** HXCT-MSA-2027-02

**Customer:** Wuxi Huaxin Cotton Textile Co., Ltd., Huishan District, Wuxi, Jiangsu Province, People's Republic of China (the "Customer")

**Provider:** Border Rivers Managed IT Pty Ltd, Marshall Street, Goondiwindi, Queensland, Australia (the "Provider")

## Background

The Customer spins and weaves cotton at two mills in Wuxi and buys much of its raw cotton from growers in the Border Rivers region. The Provider runs managed IT services for agricultural and textile businesses from its operations centre in Goondiwindi and through its own staff based in Wuxi. The Customer wishes to outsource the operation of its IT infrastructure to the Provider for 36 months on the terms below.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees, suppliers and customers that the Provider accesses, processes or stores in performing the Services, including production, payroll and order data.

1.5 "Service Commencement Date" means the day after the Customer signs the Transition Acceptance certificate under Section 3.

## Section 2 Term

2.1 The Services run for 36 months from the Service Commencement Date.

2.2 The parties may extend the term by written agreement at least 90 days before expiry. Any extension is at the Charges then in force under this Agreement, unless the parties agree otherwise in writing. This Agreement does not renew automatically.

## Section 3 Transition

3.1 The Provider shall take over the operation of the Customer's infrastructure within 75 days after signature (the "Transition Period"), following the transition plan agreed at signature.

3.2 Transition Acceptance criteria: every device and system listed in Schedule 1 is in the Provider's monitoring with agreed thresholds; the service desk has handled live tickets for 10 business days in parallel with the Customer's team; backups of all servers listed in Schedule 1 have completed and a test restore of the ERP database has succeeded; run books for every system have been delivered and reviewed by the Customer.

3.3 The Customer shall check the criteria within 10 business days after the Provider's notice of readiness and sign the Transition Acceptance certificate or list the failures to be corrected. Monitoring or service desk activity before the certificate is signed is not acceptance.

3.4 If Transition Acceptance is delayed beyond the end of the Transition Period for reasons attributable to the Provider, the Provider shall pay CNY 1,500 for each day of delay as liquidated damages.

## Section 4 Services and Service Levels

4.1 The Provider shall perform the Services with qualified staff, in accordance with good industry practice and the Customer's IT policies made known to it.

4.2 The Provider shall meet the Service Levels in Schedule 2 and report on them monthly, within 5 business days after the end of each month.

4.3 If a Service Level is missed, the Provider shall give the service credits set out in Schedule 2. Service credits are deducted from the next monthly invoice and do not limit the Customer's other rights.

4.4 The Provider shall keep at least three engineers on site in Wuxi during the Customer's production shifts on weekdays and one on call at weekends.

## Section 5 Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The Monthly Service Charge is invoiced monthly in arrears and paid within 30 days after receipt of a valid VAT invoice.

5.2 The Transition Fee is invoiced after Transition Acceptance and paid within 30 days.

5.3 The Charges are fixed for the term. No advance payment is due.

## Section 6 Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 Customer Data shall remain on the Customer's systems in Wuxi. The Provider's operations centre in Goondiwindi shall access them only through the Customer's jump server with multi-factor authentication; administrative actions are recorded and the recordings kept for 180 days. The Provider shall not copy Customer Data to its own systems or take it outside mainland China.

6.3 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China and with the Customer's security policies, keep its staff trained in them, and apply security patches within the times in Schedule 2.

6.4 The Provider shall report any security incident affecting Customer Data within 6 hours after detecting it, contain it, assist the Customer with notifications to authorities and affected persons, and be responsible for losses caused by its breach of this Section 6.

## Section 7 Intellectual Property

7.1 Tools, scripts and know-how that the Provider owned before this Agreement remain the Provider's property. The Provider grants the Customer a free, perpetual licence to use any of them embedded in the deliverables below.

7.2 Run books, configuration records, network diagrams, automation scripts and reports produced for the Customer under this Agreement belong to the Customer, which may use and modify them freely and hand them to any future service provider.

## Section 8 Staff and Subcontracting

8.1 The Provider shall name a service delivery manager and shall not replace key staff without the Customer's prior approval, not to be unreasonably withheld.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## Section 9 Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 The Provider's total liability arising out of or in connection with this Agreement is limited to the Charges paid by the Customer in the six months before the event giving rise to the claim. This limit does not apply to personal injury or wilful misconduct.

## Section 10 Termination and Exit

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. A failure to meet the Priority 1 Service Level in three months of any six-month period is a material breach.

10.2 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the Monthly Service Charge prorated, return all Customer Data and documents, remove its access and confirm in writing that no Customer Data remains in its possession.

## Section 11 Customer Responsibilities

11.1 The Customer shall give the Provider timely access to its sites, systems and staff, keep the hardware and software licences it owns in support with their manufacturers, and tell the Provider in advance of planned changes to its production systems.

11.2 Where a Service Level is missed because the Customer did not meet these responsibilities, the Provider is relieved of the service credit for that event, provided it notified the Customer of the cause promptly.

## Section 12 Force Majeure

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as typhoons, floods, epidemics or failures of the public power or telecommunications networks, if it notifies the other party promptly and takes reasonable steps to limit the effect. Charges for Services not performed because of such an event are reduced accordingly.

## Section 13 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi.

## Section 14 General

14.1 Changes to the Services, including adding sites or users, shall be agreed through a written change request signed by both parties, with any change in the Charges stated in it.

14.2 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. It is signed in English and Chinese, and both versions have equal effect.

## Schedule 1 Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | 1,100 users at two mills, Chinese and English, phone, portal and chat | 07:00-23:00 every day |
| Network operations | core, distribution and access switches, Wi-Fi, firewalls, two internet links | monitored around the clock |
| Server and storage | 46 virtual servers, two storage arrays, ERP and MES hosts | monitored around the clock |
| Backup | daily backup, monthly restore test, quarterly disaster-recovery test | as scheduled |
| End-user devices | 820 PCs and 260 handheld scanners: imaging, patching, repair | business hours |

## Schedule 2 Service Levels

| Measure | Level | Service credit |
|---|---|---|
| Core network and ERP availability | 99.95% per month | 3% of the Monthly Service Charge per 0.1 point below, capped at 20% |
| Priority 1 incident (a mill's production or ERP stopped) | response within 6 hours; restoration target 12 hours | CNY 2,000 per hour of late response |
| Priority 2 incident | response within 8 business hours | CNY 500 per late incident |
| Critical security patches | applied within 7 days of release | CNY 1,000 per late patch cycle |
| Monthly report | within 5 business days | none |

## Schedule 3 Charges

| Charge | Amount (CNY, incl. VAT) |
|---|---|
| Transition Fee, one-time, after Transition Acceptance | 64,000 |
| Monthly Service Charge | 58,000 per month |
| Monthly Service Charges for 36 months | 2,088,000 |
| Total Charges for the term | 2,152,000 |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT (DRAFT)

Agreement No. CVLD-SUB-2027-031

BETWEEN

Callide Valley Livestock Data Pty Ltd, a company registered in Australia, of Biloela, Queensland (the "Provider"); and

Qingdao Haiyue Beef Import Co., Ltd., a company registered in the People's Republic of China, of Qingdao, Shandong Province (the "Customer").

BACKGROUND

The Customer imports chilled and frozen beef from Australia and needs reliable market and supply data for purchasing. The Provider collects and publishes saleyard prices, cattle weight and grade statistics, processor kill data, pasture and rainfall indices and export shipment data for Queensland and New South Wales, and makes them available through a data portal and an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the data sets described in Schedule A, as updated by the Provider from time to time.

1.2 "API" means the Provider's REST interface through which the Customer's systems retrieve Provider Data.

1.3 "Customer Inputs" means all information that the Customer or its users submit to the portal or the API, including query parameters, supplier lists, purchase volumes, watch lists and uploaded shipment records.

1.4 "Subscription Year" means each year of the Subscription Term, starting on the Start Date or on an anniversary of it. The Subscription Term consists of two Subscription Years.

1.5 "Start Date" means the date on which the Provider issues production API credentials to the Customer.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive and non-transferable right to access the portal and the API and to use Provider Data for its internal purchasing, pricing and planning, for up to 25 named portal users and up to 400,000 API calls per month.

2.2 The Customer may show Provider Data in its internal reports and dashboards, and may share extracts with its own affiliates in mainland China and with its banks for trade finance purposes. It may not resell Provider Data or publish it.

2.3 The Provider shall deliver the onboarding services in Schedule B: an integration workshop, mapping of Provider grade codes to the Customer's product codes, two custom dashboards for the Customer's purchasing team, a test environment, and training for the Customer's analysts.

3. FEES

3.1 The fees are:

(a) Subscription fee for Subscription Year 1: CNY 438,000;

(b) Subscription fee for Subscription Year 2: CNY 438,000;

(c) Onboarding fee (one-time): CNY 52,000.

Total fees for the Subscription Term: CNY 928,000, inclusive of VAT and any withholding taxes.

3.2 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. These charges are not included in the total above.

4. INVOICING AND PAYMENT

4.1 On signature of this Agreement the Provider shall invoice the onboarding fee together with the subscription fee for Subscription Year 1, a total of CNY 490,000. The Customer shall pay this invoice within 15 business days, and the Provider shall not issue production API credentials or begin onboarding until it is paid.

4.2 The subscription fee for Subscription Year 2 is invoiced 30 days before the start of Subscription Year 2 and is payable by its first day.

4.3 Payments shall be made in CNY to the Provider's account with its bank in Shanghai. Bank charges in China are borne by the Customer and those outside China by the Provider.

5. ONBOARDING AND INTEGRATION ACCEPTANCE

5.1 The Provider shall complete onboarding and make production access ready within 45 days after receiving the payment under clause 4.1 (the "Target Date").

5.2 Integration acceptance criteria: the Customer's purchasing system retrieves every data set in Schedule A through the API without manual steps; data for 20 consecutive business days matches the Provider's published reports; the grade-code mapping is complete for all products in the Customer's list; the two custom dashboards show the measures agreed in the workshop; and median API response time measured from Qingdao is below 800 milliseconds.

5.3 The Customer shall run the tests within 10 business days after notice of readiness and confirm integration acceptance in writing or list the failures, which the Provider shall correct before the tests are repeated. Use of the test environment is not acceptance.

5.4 If production access is not ready by the Target Date for reasons within the Provider's control, the Provider shall pay liquidated damages of CNY 900 for each day of delay, and the Subscription Term shall start only when production access is ready.

6. SERVICE LEVELS

6.1 The API and the portal shall be available 99.95% of each calendar month, excluding scheduled maintenance notified at least three days in advance and performed on Sundays between 01:00 and 05:00 China Standard Time.

6.2 Data sets shall be updated by the times stated in Schedule A. Saleyard prices shall be published within two hours after the close of each sale.

6.3 Priority 1 incidents (the API unavailable or returning wrong data for all users) shall be responded to within 1 hour, at any time, and resolved as soon as possible. Priority 2 incidents shall be responded to within 6 business hours.

6.4 Service credits: for each full 0.1 percentage point by which monthly availability falls below the level in clause 6.1, the Provider shall credit 5% of one twelfth of the current Subscription Year's fee, up to that whole monthly amount; for each hour by which a Priority 1 response is late, the Provider shall credit CNY 800. Credits are deducted from the next invoice or, in the last month of the Subscription Term, refunded.

7. CUSTOMER INPUTS

7.1 Customer Inputs belong to the Customer. The Provider shall use Customer Inputs only to provide the portal, the API and the onboarding services to the Customer and shall not combine them with data of other customers, publish them or use them for any other purpose.

7.2 At the end of the Subscription Term the Provider shall return Customer Inputs in a common format on request and delete them within 30 days.

8. INTELLECTUAL PROPERTY

8.1 Provider Data, the portal and the API remain the property of the Provider and its data suppliers.

8.2 The custom dashboards, grade-code mapping tables and other deliverables made for the Customer under Schedule B belong to the Customer, which may use, modify and license them freely, including after the end of this Agreement.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's information that is marked confidential or is by its nature confidential, including the Customer's purchase volumes, suppliers and prices, and the terms of this Agreement. It shall use that information only for this Agreement and disclose it only to employees, affiliates and professional advisers who need to know it and are bound by similar obligations.

9.2 This clause does not apply to information that is public, already known to the recipient or independently developed, and survives for three years after this Agreement ends.

10. WARRANTIES AND LIABILITY

10.1 The Provider warrants that it has the right to license Provider Data and that Provider Data is compiled with reasonable skill and care from the sources named in Schedule A. The Provider does not warrant that market data is free of errors made by its sources.

10.2 Neither party is liable for loss of profit or for indirect or consequential loss, including trading losses resulting from purchasing decisions.

10.3 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term. This limit does not apply to the Customer's obligation to pay fees, to breach of clause 9 or to wilful misconduct.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 The Provider shall not subcontract the operation of the API or the onboarding services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

11.2 Neither party may assign this Agreement without the prior written consent of the other party.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any further subscription requires a new order agreed by both parties.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it. If the Customer terminates under this clause, the Provider shall refund the fees paid for the remaining part of the Subscription Term.

12.3 On termination the Customer's right to use Provider Data ends, except that it may keep Provider Data contained in reports made before termination.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement is governed by the laws of Queensland, Australia.

13.2 The courts of Queensland sitting in Brisbane have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

14. GENERAL

14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly.

14.2 Notices shall be in writing and sent by email and courier to the addresses above.

14.3 This Agreement, with Schedule A (Data sets and update times) and Schedule B (Onboarding services), is the entire agreement between the parties on its subject matter. It is signed in English.

SCHEDULE A - DATA SETS AND UPDATE TIMES (SUMMARY)

Saleyard prices and yardings, Queensland and New South Wales: within two hours of each sale. Cattle weight and grade statistics: weekly, Monday 10:00 China Standard Time. Processor kill data: weekly. Pasture growth and rainfall indices: daily. Export shipment data by destination: monthly.

SCHEDULE B - ONBOARDING SERVICES (SUMMARY)

Integration workshop in Qingdao; grade-code mapping; two custom dashboards; test environment for the Subscription Term; two days of analyst training.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {
    "z01": ("h1073z01_market_regulator_food_delivery_platform", "pdf"),
    "z02": ("h1073z02_treadmill_factory_line_control_retrofit", "docx"),
    "z03": ("h1073z03_bau_school_chain_booking_saas", "txt"),
    "z04": ("h1073z04_ecology_bureau_outfall_monitoring_om", "txt"),
    "z05": ("h1073z05_chinese_knot_studio_tracking_software_supplier_template", "md"),
    "e01": ("h1073e01_peanut_grading_licence_kingaroy_vendor", "pdf"),
    "e02": ("h1073e02_orchard_saas_order_form_mareeba_vendor", "md"),
    "e03": ("h1073e03_cane_field_sensors_monitoring_innisfail_vendor", "docx"),
    "e04": ("h1073e04_textile_mill_managed_services_goondiwindi_vendor", "md"),
    "e05": ("h1073e05_beef_market_data_api_biloela_vendor", "txt"),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# values in TERM_KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value)
L = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", G], (True, True, True, False, 2096000)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 28, False, True,
                         False, "PRC", G], (True, True, True, False, 1580000)),
    "z03": ("cloud", [99.5, 1, True, "buyer", True, False, True, 500 / 634000 * 100, 200, None, True, None, None, None,
                      True, True, False, "PRC", S], (True, True, None, False, 634000)),
    "z04": ("services", [None, 1, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                         True, True, "PRC", S], (True, True, None, False, 486000)),
    "z05": ("software", [None, None, False, "supplier", True, True, True, None, 20, 65, False, False, 3, None, False,
                         True, None, None, G], (False, False, False, True, 312000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 9, False, True,
                         False, "Queensland", G], (True, True, True, False, 1712000)),
    "e02": ("cloud", [99.95, 1, True, "buyer", True, True, True, 400 / 574000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, True, False, False, "PRC", S], (True, True, None, False, 574000)),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True,
                         False, "PRC", G], (True, True, True, False, 1550000)),
    "e04": ("services", [99.95, 6, True, "buyer", True, True, False, 1500 / 2152000 * 100, 6 / 36 * 100, None, True,
                         None, None, None, False, True, False, "PRC", S], (True, True, None, False, 2152000)),
    "e05": ("cloud", [99.95, 1, True, "buyer", False, True, True, 900 / 928000 * 100, 150, 490000 / 928000 * 100, True,
                      None, None, None, False, True, False, "Queensland", S], (True, True, None, False, 928000)),
}
# TCO inputs for goods: fee base (itemised licence / hardware subtotal)
FEE_BASE = {"z01": 1160000, "z02": 1352000, "z05": 168000, "e01": 1120000, "e03": 1342800}
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
    "e05": ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-PREPAYMENT"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
}
RISK = {"z01": "low", "e03": "low", "e01": "low", "z02": "high", "z05": "high", "e05": "high",
        "z03": "medium", "z04": "medium", "e02": "medium", "e04": "medium"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of section 3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40


def label(key):
    cat, vals, (sla, ld, capped, deemed, value) = L[key]
    name, ext = FILES[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name + "." + ext, "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": terms, "expected_extra": extra, "expected_rules": sorted(DESIGN[key])}


def tco_share(key):
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return fees / (x["contract_value"] + fees) * 100


def derive(key):
    """My own reading of policy section 3, applied to the label."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set matches its law
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
CN_NUM = "零一二三四五六七八九十百点"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![" + CN_NUM + "])",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h)(?![a-z])", r"(?<![\d.])4\s*个?小时", r"(?<![十])四个?小时",
    r"\bfour[\s-]*hours?\b",
    r"(?<![\d.])0\.05\s*%", r"万分之五(?![" + CN_NUM + "])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])100\s*%", r"百分之一?百(?![" + CN_NUM + "])", r"\bone hundred per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![" + CN_NUM + "])", r"\bthirty per\s*cent", r"(?<![\d.])30\s*per\s*cent",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", r"十二个月", r"\btwelve[\s-]*months?",
    r"(?<![\d.])15\s*%", r"百分之十五(?![" + CN_NUM + "])", r"\bfifteen per\s*cent", r"(?<![\d.])15\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![" + CN_NUM + "])", r"\bforty per\s*cent", r"(?<![\d.])40\s*per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "百分之九十九点九", "4 hours", "4小时", "4 个小时", "四小时", "four hours", "4h", "4-hour",
            "0.05%", "万分之五", "千分之零点五", "100%", "百分之百", "百分之一百", "30%", "30 %", "百分之三十", "thirty per cent",
            "12 months", "12-month", "12个月", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十",
            "forty per cent", "by 30% of", "(15%)"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十小时", "130%", "150%", "1,100,000", "0.055%",
             "万分之五十", "百分之三十五", "百分之一百五十", "2027年12月31日", "112 months", "0.15%", "25%", "35%",
             "45%", "7×24小时", "P4 Help", "240%"]


def scan_ok(text):
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        m = RX.search(variant)
        if m:
            return variant[max(0, m.start() - 30):m.end() + 30]
    return None


# ---------------------------------------------------------------- read back
def read_back(path):
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


def measure(key, text):
    if key[0] == "z":
        n = len(re.sub(r"\s", "", text))
        return n, 2750 <= n <= 3000
    n = len(text.split())
    return n, 1450 <= n <= 1650


if __name__ == "__main__":
    for s_ in MUST_HIT:
        assert RX.search(s_), s_
    for s_ in MUST_MISS:
        assert not RX.search(s_), s_
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, (name, ext) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = SRC[key], (name + "." + ext, ext)
        else:
            (OUT / (name + "." + ext)).write_text(SRC[key], encoding="utf-8")
            print("wrote", name + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, ext) in FILES.items():
        lab = label(key)
        t = lab["expected_terms"]
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(key)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk_of(rules) == RISK[key], (key, risk_of(rules))
        covered |= set(rules)
        text = read_back(OUT / (name + "." + ext))
        n, ok = measure(key, text)
        hit = scan_ok(text)
        assert hit is None, (key, hit)
        assert ok, (key, n)
        (OUT / (name + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s  %-4s len %5d  rules %s  risk %s  tco %s" % (
            key, ext, n, ",".join(r[3:] for r in rules) or "-", RISK[key],
            "-" if share is None else "%.2f%%" % share))
    missing = [r for r in ALL_RULES if r not in covered]
    assert not missing, missing
    n5 = len(DESIGN["z05"])
    assert 8 <= n5 <= 10
    assert sum(1 for k in DESIGN if 2 <= len(DESIGN[k]) <= 3) == 6
    print("all 20 rules covered; checks passed")
