"""holdout859: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, thresholds, rule design, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:澄州市民政局宠物殡葬服务监管平台采购合同
P:合同编号：CZMZ-2026-ZFCG-047
P:采购人（甲方）：澄州市民政局
P:供应商（乙方）：苏州禾安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及澄州市政府采购项目（项目编号：CZCG2026-0318）公开招标的结果，甲乙双方就宠物殡葬服务监管平台的软件许可、定制开发及部署实施事宜，经协商一致，订立本合同。招标文件、乙方投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供宠物殡葬服务监管平台软件（标准版V3）的永久使用许可，许可范围为甲方及下属各区县民政部门，用户数不限。
P:1.2 乙方按照招标文件的需求，为甲方定制开发以下功能：宠物殡葬机构备案与年检管理、遗体收运登记、无害化处理（火化）全过程记录与追溯、从业人员管理、投诉举报受理、监管统计分析驾驶舱，以及与市政务服务平台、市场监管部门主体信息库的数据接口。
P:1.3 乙方负责平台在甲方政务云上的部署、调试、历史数据初始化，并为甲方及区县工作人员提供不少于六场的操作培训。
P:1.4 乙方提供的软件应支持国产操作系统、数据库及中间件，并适配甲方现有的统一身份认证平台和电子证照系统。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾贰万元整（¥1,220,000），其中：平台软件许可费680,000元，定制开发费455,000元，部署实施费68,000元，培训费17,000元。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方开具合法发票，甲方在十个工作日内支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按照财政国库集中支付程序付款，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付期限与项目管理
P:4.1 乙方应在合同签订后九十日内完成部署并提请初步验收，在初步验收后六十日内完成试运行并提请最终验收。
P:4.2 乙方应在合同签订后十日内提交项目实施方案，经甲方确认后执行。乙方应指派具有同类项目经验的项目经理，未经甲方同意不得更换。
P:4.3 乙方应每两周向甲方提交项目进度报告，如实反映进度、风险及需要甲方协调的事项。甲方应为乙方提供必要的政务云资源、网络环境及业务资料，并指定专人负责项目协调。
H:第五条 验收
P:5.1 初步验收标准：（1）第一条所列功能全部实现，符合招标文件技术要求；（2）数据接口联调完成，连续五个工作日数据交换无差错；（3）在300个并发用户下，常用页面响应时间不超过2秒，统计查询不超过5秒；（4）通过第三方机构的安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行满六十日，期间未发生一级故障，遗留问题已全部整改完毕，用户手册、运维手册、源代码及接口文档已移交甲方。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收，并出具书面验收意见。平台上线试运行或甲方使用平台，均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、技术支持及现场服务。
P:6.2 质保期内乙方每季度对平台进行一次巡检并出具巡检报告，在清明节等殡葬服务高峰期间安排专人值守。
P:6.3 质保期满后，如甲方需要，乙方应继续提供运维服务，年度运维费不超过平台软件许可费的8%（即不超过54,400元/年），该价格在质保期满后三个年度内保持不变。运维服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划维护时间除外，计划维护须提前三个工作日告知甲方）。
P:7.2 故障分级响应：一级故障（平台无法访问或核心业务中断）30分钟内响应，2小时内到达现场；二级故障（部分功能不可用）1小时内响应，8小时内解决；三级故障（一般性问题）两个工作日内解决。
P:7.3 乙方未达到上述响应时限的，每超时一小时扣减服务考核金800元；月度可用率每低于承诺值0.01个百分点，扣减1,000元。扣减款项从应付款项或履约保证金中抵扣。
H:第八条 知识产权
P:8.1 平台标准版软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的功能模块、数据接口、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，如发生侵权纠纷，由乙方承担全部责任。
P:8.4 合同终止或解除时，乙方应向甲方移交全部定制开发成果的源代码及技术文档。
H:第九条 数据安全
P:9.1 平台中的备案信息、处理记录、个人信息及其他业务数据均属于甲方所有。乙方仅可为履行本合同之目的处理上述数据，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护的要求，落实访问控制、加密传输和操作审计措施，运维操作须经甲方批准并通过堡垒机进行，不得将数据复制至甲方环境以外。
P:9.3 发生数据安全事件时，乙方应在2小时内报告甲方并采取补救措施。因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、业务资料及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同的终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定且在甲方规定期限内未能整改合格的，甲方有权要求乙方更换、重做，并赔偿由此造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有重大违约行为，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取的相应款项并赔偿损失。
P:13.2 乙方逾期交付超过六十日的，甲方有权解除本合同。
P:13.3 合同解除后，乙方应配合甲方完成数据移交和系统交接，不得以任何理由扣留甲方数据。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方根据影响程度协商延期履行或部分免除责任。不可抗力持续超过六十日的，双方可协商解除合同。
H:第十六条 其他
P:16.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:16.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：澄州市民政局    乙方（盖章）：苏州禾安信息技术有限公司
P:签订日期：2026年  月  日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HR-JG-2026-112
P:甲方：宁波恒锐五金制品有限公司
P:乙方：常州智衡自动化工程有限公司
P:甲方为提高门把手压铸、抛光、电镀挂件及装配四条生产线的自动化水平，委托乙方对上述生产线的控制系统进行改造。双方根据《中华人民共和国民法典》，经平等协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责四条生产线控制系统的设计、设备供货、安装、程序编制、调试、试生产及培训，包括更换原有继电器控制柜、加装伺服驱动、视觉检测工位及产线监控软件，使改造后的生产线满足甲方技术协议的要求。
P:1.2 改造应在甲方指定的停产窗口内分线实施，每条线停产时间不超过十日，不得影响其他生产线的正常运行。
P:1.3 乙方应在合同签订后十五日内完成现场勘查，提交电气设计图纸、控制柜布置图及I/O点表，经甲方技术部门书面确认后方可投料生产。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾叁万元整（¥1,630,000），明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、电气元件）|6套|492,000
TB:2|伺服驱动器及伺服电机|36套|324,000
TB:3|触摸屏（HMI）|12台|86,400
TB:4|视觉检测系统（外观缺陷检测）|4套|268,000
TB:5|工业交换机及线缆、桥架|1批|71,600
TB:6|产线监控软件许可（永久，含4条线）|1套|238,000
TB:软硬件小计|||1,480,000
TB:7|安装调试及程序编制|1项|126,000
TB:8|操作及维护培训|1项|24,000
TB:合计|||1,630,000
P:2.2 上述价格为含税价，包含运输、保险、安装辅材及乙方人员的全部费用。
H:第三条 付款方式
P:3.1 合同签订后七个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的45%。到货及安装不视为验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每次收款前开具等额增值税专用发票，并提交相应阶段的到货单、安装记录或验收单。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后四十五日内将设备运至甲方工厂，并在设备到货后七十日内完成四条线的改造及调试。
P:4.2 乙方应提前提交每条线的停产切换方案，经甲方生产部确认后实施。
P:4.3 甲方应按约定提供停产窗口、施工用电及必要的场地，并安排工艺人员配合调试。因甲方原因造成延误的，工期相应顺延。
H:第五条 验收
P:5.1 验收标准：（1）每条生产线连续72小时带料运行，无控制系统故障；（2）生产节拍达到技术协议约定值，压铸线不低于每小时520件；（3）视觉检测漏检率不高于0.2%，误判率不高于1%；（4）产线监控软件准确采集设备状态、产量及报警信息，数据与现场一致；（5）图纸、程序备份及操作手册移交完整。
P:5.2 每条线经甲方签署验收单视为该线验收合格，四条线全部验收合格为最终验收。设备调试完成或甲方用于生产，均不视为验收合格。
P:5.3 甲方应在收到乙方书面验收申请后五个工作日内组织验收，验收不合格的，乙方应在七日内整改并重新申请验收。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换出现质量问题的设备和部件，并免费提供程序修改及软件升级。
P:6.2 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的26%计取，即每年384,800元，该费用在质保期满后的各年度保持不变。维保服务内容包括定期巡检、备件更换、程序维护及软件升级。
P:6.3 质保期内乙方每半年对四条生产线进行一次预防性巡检，出具巡检报告，并提供主要易损件清单及建议库存。
H:第七条 故障响应
P:7.1 一级故障（整线停机）：乙方1小时内响应，6小时内到达现场并恢复生产；二级故障（单台设备或单个工位异常）：2小时内响应，次日内修复；三级故障（不影响生产的一般问题）：三个工作日内处理。
P:7.2 乙方未按上述时限响应或到场的，每超时一小时向甲方支付500元；因乙方原因导致整线停机超过规定恢复时间的，每超时一小时另付2,000元。
P:7.3 乙方应在宁波本地备件库常备PLC模块、伺服驱动器及视觉相机等关键备件，确保一级故障时能够及时更换。
H:第八条 知识产权
P:8.1 乙方为本项目编制的PLC程序、HMI画面、视觉检测算法参数及产线监控软件的定制报表，其知识产权归甲方所有，乙方应在验收时提交全部源程序。
P:8.2 产线监控软件平台本身的知识产权归原权利人所有，甲方享有永久使用权。
P:8.3 乙方保证所供设备及软件不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 生产线运行数据、工艺参数、产量及质量数据属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方远程维护须经甲方批准并通过甲方指定的VPN通道进行，操作全程留痕，不得将数据拷贝带离甲方。发生数据安全事件的，乙方应立即报告并采取补救措施，因乙方原因造成数据丢失或泄露的，由乙方承担赔偿责任。
H:第十条 保密
P:乙方对在本合同履行中获知的甲方产品图纸、工艺参数、客户信息及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至本合同终止后五年。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 改造后的生产线未达到验收标准的，乙方应在十五日内整改；整改后仍不合格的，甲方有权要求乙方更换设备或退货，并赔偿甲方停产损失。
P:11.3 乙方所供设备存在质量缺陷导致甲方生产线停产的，乙方应赔偿甲方因此发生的直接损失。
P:11.4 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:乙方不得将本合同项下的工作转包。电气布线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。乙方逾期完成改造超过三十日的，甲方亦有权解除本合同。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十五条 安全生产与培训
P:15.1 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，配备必要的劳动防护用品，动火、登高及带电作业须事先办理作业许可。因乙方违规作业造成人身伤害或财产损失的，由乙方承担责任。
P:15.2 乙方应为甲方电气维修人员及操作工提供不少于五天的集中培训，内容包括PLC程序结构、HMI操作、伺服参数设置、视觉检测标定及常见故障处理，使甲方人员能够独立完成日常维护。
H:第十六条 不可抗力
P:因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十七条 其他
P:本合同附件包括技术协议和设备清单，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：宁波恒锐五金制品有限公司    乙方（盖章）：常州智衡自动化工程有限公司
P:日期：2026年  月  日
"""

Z03 = """滑翔伞培训门店预约及会员管理系统服务合同

合同编号：YY-XX-2026-019
甲方：云翼飞行运动管理有限公司
乙方：杭州约课云科技有限公司

甲方在全国经营30家滑翔伞培训门店及飞行基地，需要统一的课程预约、会员管理及门店运营系统。乙方以软件即服务（SaaS）方式向甲方提供“约课云”预约及会员管理系统，并负责实施上线。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方30家门店开通“约课云”系统的旗舰版订阅，包括课程与教练排班、学员在线预约、会员卡及课时包管理、在线支付与核销、飞行记录、装备租赁登记、营销活动及经营报表功能。
2. 乙方提供甲方品牌的微信小程序及门店管理端，甲方总部可查看全部门店的经营数据。
3. 订阅期内乙方免费提供系统版本更新及在线客服支持。
4. 系统支持学员电子保险单的上传与到期提醒，以及教练资质证书的登记和到期预警。
5. 订阅期内乙方每季度向甲方提供一次门店运营数据分析，并根据甲方需要开展一次线上运营培训。
（二）实施服务
1. 乙方负责系统初始化配置、30家门店的账号开通、历史会员及课时数据迁移、小程序页面定制及支付通道对接。
2. 乙方为每家门店提供一次现场或远程操作培训，并为甲方总部提供管理员培训。
3. 乙方应指定一名实施项目经理和一名客户成功经理，负责实施协调及日常服务对接。
（三）服务期限
本合同服务期为两个服务年度。第一个服务年度自上线验收合格之日起计算，第二个服务年度紧接第一个服务年度。

二、合同金额
（一）年度订阅费：每家门店每个服务年度6,800元，30家门店合计每个服务年度204,000元，两个服务年度合计408,000元。
（二）实施费：86,000元，一次性支付。
（三）合同总额：人民币肆拾玖万肆仟元整（¥494,000），含税。
（四）服务期内甲方新增门店的，按每家门店每个服务年度6,800元按月折算增加订阅费，另行签订补充协议。
（五）订阅费已包含短信通知、电子合同签署及支付通道技术服务费用；支付通道手续费按第三方支付机构的标准由甲方承担。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内支付。
（二）每个服务年度的订阅费在该服务年度开始后十五个工作日内一次性支付。
（三）乙方应在付款前开具等额合规发票。甲方在上线验收合格前无须支付任何款项。

四、上线与验收
（一）乙方应在合同签订后十日内提交实施计划，经甲方确认后执行，并在合同签订后四十五日内完成全部实施工作并提请上线验收。
（二）上线验收标准：
1. 30家门店账号全部开通，课程预约、在线支付、核销、退款全流程测试通过；
2. 历史会员及剩余课时数据迁移完成，甲方随机抽查500条记录无差错；
3. 在200个用户同时在线时，预约页面响应时间不超过2秒；
4. 小程序页面按甲方确认的设计稿完成，并通过微信平台审核上线。
（三）甲方应在收到验收申请后七个工作日内组织验收，并出具书面验收意见。系统开通或门店试用均不视为验收合格。
（四）上线验收合格后，乙方应向甲方移交系统操作手册、管理员手册及数据迁移报告。

五、服务水平
（一）系统月度可用率不低于99.95%，计划维护应安排在每日零时至六时之间，并提前两日通知甲方。
（二）故障响应：
1. 一级故障（预约、支付或核销功能无法使用）：30分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，当日内解决；
3. 三级故障（咨询或一般问题）：一个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，按当月订阅费的5%予以抵扣；一级故障未在规定时间内恢复的，每超时一小时按当月订阅费的2%抵扣。抵扣金额从下一期订阅费中扣除。
（四）乙方应在节假日及飞行旺季安排专人值班，保证预约高峰时段系统稳定运行。
（五）乙方每月向甲方提交服务报告，内容包括可用率、故障记录及处理情况。

六、数据归属与数据安全
（一）甲方的会员信息、学员身份及健康声明、飞行记录、保险信息、交易记录等数据均归甲方所有，乙方仅为提供本合同服务处理上述数据，不得用于其他目的。
（二）乙方应将数据存储在中国境内的云服务器上，采取加密存储、访问控制、日志审计和每日异地备份等措施，备份保留期不少于九十日，并符合《个人信息保护法》的要求。
（三）发生数据安全事件的，乙方应在1小时内通知甲方并采取处置措施；因乙方原因导致数据泄露、丢失或被篡改的，乙方承担相应的赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。
（五）乙方每年应委托具备资质的第三方机构对系统开展安全评估，并将评估结论提供给甲方。

七、知识产权
（一）“约课云”系统的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的小程序页面设计、会员等级规则配置及定制报表，其知识产权归甲方所有，甲方可自由使用、修改。合同终止后，甲方仍可继续使用上述页面设计及相关素材。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。乙方员工及其服务商人员均应遵守本条约定。本条在合同终止后继续有效。

九、服务外包
乙方可将各门店的现场实施、培训及现场支持工作委托其在当地的服务商完成，但应提前五个工作日书面告知甲方。乙方对服务商的工作承担责任。

十、续期
服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度。续期订阅费由乙方根据届时价格调整，上调幅度不超过上一服务年度订阅费的8%。

十一、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
（二）乙方的累计赔偿责任以合同总额的两倍为限，但因数据泄露造成的损失不受此限。
（三）乙方提供的系统侵犯第三方权利的，由乙方负责处理并承担相应费用。
（四）甲方逾期付款的，应按未付金额每日万分之二支付违约金。

十二、合同解除
乙方严重违约或连续两个月可用率未达到承诺值，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，乙方应退还剩余服务期的订阅费。合同解除或终止后，乙方应按第六条第（四）项的约定向甲方交付数据。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。仲裁期间，双方应继续履行合同中不涉及争议的部分。

十四、甲方义务
甲方应指定项目联系人，按时提供门店信息、课程体系、会员数据及小程序设计素材，并负责门店收款账户的开通。甲方应妥善保管系统账号和密码，因甲方原因导致账号被他人使用的，由甲方承担相应后果。

十五、不可抗力
因不可抗力导致系统无法提供服务的，乙方应及时通知甲方并尽快恢复服务，不可抗力期间的订阅费按实际停止服务的天数予以顺延或退还。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：云翼飞行运动管理有限公司
乙方（盖章）：杭州约课云科技有限公司
签订日期：2026年  月  日
"""

Z04 = """江州市电动自行车集中充电设施监控系统运维服务合同

项目名称：江州市电动自行车集中充电设施监控系统运维服务项目
采购方式：竞争性磋商（项目编号：JZCG-2026-C-0862）
采购人（甲方）：江州市住房和城乡建设局
供应商（乙方）：江州城运智联科技有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就江州市电动自行车集中充电设施监控系统的运维服务事宜，订立本合同。

第一条 服务对象
（一）本合同运维对象为甲方建设的电动自行车集中充电设施监控系统，包括：监控管理平台软件及其部署的服务器、数据库；全市住宅小区内1,260处集中充电点位的前端监测终端共3,800台（含电流监测、温度及烟雾感知、视频联动设备）；以及平台与市消防救援支队、各街道网格平台之间的数据接口。
（二）运维对象清单以本合同附件一为准，服务期内甲方新增点位的，双方另行签订补充协议。
（三）系统现有设备仍在原建设单位质保期内的，其质保责任由原建设单位承担，乙方负责与原建设单位的沟通协调。

第二条 服务内容
（一）平台运维：平台软件、服务器及数据库的日常监控、故障处理、补丁更新和数据备份，每月进行一次漏洞扫描。
（二）前端运维：每季度对全部前端终端巡检一次，对离线、误报及损坏终端进行维修或更换。
（三）告警值守：安排专人全天候值守平台，对过温、过流、烟雾告警进行核实，并按甲方规定的流程推送至小区物业、街道及消防部门。值守人员应在接到告警后5分钟内完成核实并推送。
（四）数据分析：每月提交运维月报，每季度提交充电安全形势分析报告。
（五）乙方应配备不少于八名专职运维人员，其中驻场人员不少于三名，人员名单报甲方备案，更换须经甲方同意。
（六）乙方应制定汛期、高温季节及重大活动期间的保障方案，高温季节每月对重点小区增加一次巡检。
（七）乙方应建立运维台账，记录每次巡检、维修、更换及告警处置情况，台账内容应及时录入平台。
（八）乙方应每半年组织一次应急演练，模拟平台中断及大面积终端离线等场景，演练方案及总结报告报甲方备案。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后甲方将依法重新组织采购，本合同不自动续期。服务期开始前十日内，乙方应完成与原运维单位的交接，交接清单由甲方确认。

第四条 合同价款
（一）合同总价为人民币陆拾伍万捌仟元整（¥658,000），其中：平台运维费186,000元，前端巡检及维修费312,000元，备品备件费98,000元，数据分析服务费62,000元。
（二）合同总价包含人员、交通、工具、备件及税费等全部费用，服务期内不作调整。
（三）服务期内因国家政策调整导致服务内容发生重大变化的，双方协商签订补充协议。

第五条 付款方式
（一）服务费按季度支付，每季度服务费为合同总价的四分之一。
（二）每季度结束后，甲方在十五个工作日内完成当季考核，根据考核结果支付当季服务费，考核扣款从当季服务费中扣除。
（三）乙方应在每次付款前开具合法有效的发票。本合同不设预付款。

第六条 服务水平与考核
（一）平台月度可用率不低于99.95%。
（二）前端终端月度在线率不低于98%，告警核实及推送及时率不低于95%。
（三）故障分级：一级故障指平台中断或告警无法推送；二级故障指单个街道的终端批量离线；三级故障指单个终端故障。一级故障乙方6小时内响应并到场处置；二级故障乙方8小时内响应，两日内修复；三级故障在五个工作日内修复。
（四）考核扣款：平台月度可用率每低于承诺值0.1个百分点，扣减当季服务费2,000元；终端在线率每低于承诺值1个百分点，扣减1,500元；故障未按时修复的，每次扣减500元。
（五）乙方应于每月5日前提交上月运维月报，内容包括可用率、在线率、告警处置、故障处理及备件使用情况。

第七条 服务验收
（一）每季度考核作为阶段性验收，考核内容包括可用率、在线率、告警及时率、巡检记录及月报。
（二）服务期满后，甲方组织年度服务验收。验收标准为：四个季度考核均已完成且无严重违约；运维档案、巡检记录、故障处理记录完整；平台数据完整并已备份移交甲方。
（三）年度服务验收合格后，甲方出具书面验收意见。年度服务验收不合格的，乙方应在甲方规定期限内整改，整改后仍不合格的，甲方有权扣减第四季度服务费。

第八条 数据安全
（一）监控系统采集的充电点位信息、充电数据、告警记录、视频及小区住户信息均属于甲方，乙方仅可为履行本合同使用，不得用于其他任何目的。
（二）乙方应落实网络安全等级保护第三级的要求，运维操作须通过甲方堡垒机进行，严禁私自开放远程端口或将数据导出至甲方系统以外。
（三）发生数据安全事件时，乙方应在1小时内报告甲方，并配合开展调查处置。因乙方原因导致数据丢失、篡改或外泄的，乙方承担全部责任并赔偿甲方损失。
（四）服务期满或合同解除时，乙方应向甲方移交全部数据、账号权限及运维资料，并删除其掌握的甲方数据副本。

第九条 知识产权
服务期内乙方为本项目形成的运维脚本、平台配置文件、巡检记录、分析报告及其他工作成果，其知识产权归甲方所有，乙方不得以任何方式限制甲方使用上述成果。

第十条 分包
乙方不得将本合同项下的服务转包或者分包，前端终端的维修更换须由乙方自有人员完成。

第十一条 违约责任
（一）乙方未按约定日期进场接管运维工作的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（二）因乙方运维不到位，导致告警未及时推送并造成火灾或人员伤亡的，乙方应承担相应的赔偿责任。
（三）乙方违反第八条约定的，甲方有权要求其立即整改，并视情节扣减当季服务费。
（四）甲方逾期付款的，应按照逾期金额每日万分之二向乙方支付违约金。

第十二条 合同解除
乙方存在重大违约或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。乙方擅自转包或分包的，甲方有权立即解除本合同。

第十三条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，双方应继续履行本合同中不涉及争议的部分。

第十四条 甲方义务
甲方负责协调各街道、小区物业为乙方巡检提供便利，提供平台运行所需的机房、网络及电力条件，并按合同约定支付服务费。甲方应在收到乙方月报后十个工作日内提出书面意见。

第十五条 人员管理
乙方运维人员应具备相应的电工或信息系统运维资格，进入住宅小区时应佩戴工作证件，遵守小区管理规定，文明作业。乙方应为运维人员购买意外伤害保险，运维过程中发生的人身伤害由乙方负责。

第十六条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商处理。

第十七条 其他
本合同附件包括运维对象清单、磋商文件及乙方响应文件。本合同一式五份，甲方三份，乙方两份，自双方盖章之日起生效。

甲方（盖章）：江州市住房和城乡建设局
乙方（盖章）：江州城运智联科技有限公司
日期：2026年  月  日
"""

Z05 = """# 软件许可及定制开发合同

（织码软件标准合同文本 V4.0）

合同编号：ZM-XK-2026-0573

甲方（用户）：南通蓝韵蓝印花布工坊有限公司

乙方（开发方）：苏州织码软件有限公司

鉴于甲方希望对蓝印花布的刻版、上油、刮浆、染色、晾晒、刮灰及清洗等工序实行数字化记录和批次追溯，乙方拥有“织码工艺追溯系统”软件的著作权并具备定制开发能力，双方经友好协商，就软件许可及定制开发事宜达成如下协议。乙方已向甲方演示标准版软件的功能，甲方确认已充分了解标准版软件的功能和限制。

## 第一条 合同标的

1.1 乙方向甲方提供“织码工艺追溯系统”（标准版）软件的永久使用许可，安装于甲方自有服务器，授权终端数不超过六十个。

1.2 乙方按甲方需求进行定制开发，内容包括：各工序扫码报工、花版档案管理、靛蓝染液批次及浓度记录、成品批次追溯及防伪查询、订单进度看板，工坊手工艺人计件统计、原材料（棉布、黄豆粉、石灰）出入库管理，以及与甲方网店订单系统的对接。

1.3 乙方负责软件的安装部署、基础数据初始化及操作培训。具体功能以双方确认的需求说明书为准。

1.4 标准版软件后续新增的模块不包含在本合同范围内，甲方如需使用，应另行购买。软件运行环境的要求详见乙方提供的《部署环境说明》，甲方应按该说明自行准备服务器及网络环境。

## 第二条 合同价款

2.1 合同总价为人民币肆拾肆万元整（¥440,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织码工艺追溯系统软件许可（标准版，永久） | 168,000 |
| 2 | 定制开发 | 226,000 |
| 3 | 实施部署 | 38,000 |
| 4 | 操作培训 | 8,000 |
| | 合计 | 440,000 |

2.2 上述价格不含甲方服务器、扫码枪、标签打印机等硬件设备，由甲方自行采购。

2.3 合同履行过程中，现场服务超过三人次的差旅费用由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即286,000元。乙方收到该款项后开始开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即154,000元。

3.3 甲方未按时付款的，乙方有权暂停开发及服务，由此导致的工期延误由甲方承担。

3.4 乙方在收到每期款项后十个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方应在收到首期款后七十五个工作日内完成开发并部署上线。因甲方需求变更、资料提供不及时或硬件未到位造成的延误，工期相应顺延。

4.2 需求说明书确认后，甲方提出的需求变更，乙方有权另行收费。

4.3 乙方交付内容包括：安装程序、用户操作手册及管理员手册。源代码不属于交付内容。

4.4 甲方应指定专人配合乙方的需求调研、数据准备及测试工作，并在乙方提出要求后三个工作日内予以答复。甲方未及时配合的，工期相应顺延。

## 第五条 验收

5.1 乙方完成部署后通知甲方上线运行。系统上线运行即视为甲方验收合格。

5.2 甲方在上线运行后发现的问题，乙方在免费维护期内予以修复。上线运行后甲方提出的新增需求，按需求变更处理。

5.3 乙方完成部署后，甲方应在三个工作日内安排上线运行；甲方无正当理由拖延的，自乙方通知部署完成之日起满十日视为已上线运行。

## 第六条 维护服务

6.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复，现场服务按次另行收费。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护协议，维护费按乙方当年公布的价格标准收取。

6.3 故障响应：一级故障（系统无法登录或报工无法提交）乙方在2小时内响应；二级故障在一个工作日内响应；其他问题在三个工作日内答复。乙方将尽力在合理时间内排除故障，但对故障修复时间不作承诺，不因故障或响应延迟承担扣款、赔偿或违约金。

6.4 因甲方操作不当、擅自修改或第三方软硬件原因引起的故障，不属于免费维护范围。维护服务以远程方式为主，甲方应提供远程访问条件。软件升级版本是否向甲方提供，由乙方决定。

6.5 甲方在免费维护期满后未签订维护协议的，乙方不再承担任何维护义务。

## 第七条 知识产权

7.1 织码工艺追溯系统软件的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、程序源代码、数据库结构及相关文档，其知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

7.4 甲方保证其提供的资料、数据合法，因甲方提供的资料侵犯第三方权利的，由甲方承担责任。

7.3 乙方保证其提供的软件不侵犯第三方知识产权。

## 第八条 数据

8.1 甲方在系统中录入和产生的工艺数据、订单数据及客户信息归甲方所有。

8.2 乙方在提供维护服务时应采取必要的安全措施保护甲方数据，远程维护须经甲方同意，不得擅自复制甲方数据。因乙方原因造成甲方数据泄露或丢失的，乙方应采取补救措施并承担相应责任。发生数据安全事件的，乙方应在发现后及时通知甲方。

8.3 甲方同意，乙方可以将甲方数据进行脱敏处理后，用于乙方产品的功能改进、行业工艺分析及同类客户的参考模板。

## 第九条 保密

双方对在履行本合同中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为本合同终止后三年。但依法应当披露的除外。

## 第十条 违约责任

10.1 因乙方原因未能按期上线的，每逾期一周，乙方按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的累计赔偿责任（包括违约金）以合同总价的20%为限。乙方不对甲方的间接损失、利润损失或数据损失承担责任。

## 第十一条 合同解除

一方严重违反本合同约定，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。甲方未按约定支付款项超过三十日的，乙方有权解除合同。合同解除后，甲方应停止使用定制开发成果并删除相关程序，已支付的款项按乙方已完成的工作量结算。

## 第十二条 不可抗力

因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商变更或解除合同。不可抗力导致合同无法履行超过三十日的，任何一方可以书面通知对方解除合同。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。争议解决期间，甲方不得停止支付无争议部分的款项。

## 第十四条 培训

乙方为甲方提供两天的集中培训，培训对象为工坊管理人员及各工序班组长，人数不超过二十人，超出部分另行收费。

## 第十五条 通知

双方往来通知应以书面形式送达本合同首页所列地址，或发送至双方确认的电子邮箱。一方变更联系方式的，应在五日内通知对方。

## 第十六条 其他

16.1 本合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

16.2 附件：需求说明书（签订后三十日内由双方确认）。

甲方（盖章）：南通蓝韵蓝印花布工坊有限公司

乙方（盖章）：苏州织码软件有限公司

签订日期：2026年  月  日
"""

E01 = """T:Software Licence and Services Contract
P:Contract No. SLS-QDHY-2026-08
P:This Software Licence and Services Contract (the "Contract") is made on the date of the last signature below between:
P:(1) Qingdao Haiyuan Meat Products Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jimo District, Qingdao, Shandong Province (the "Buyer"); and
P:(2) Sinú Livestock Systems S.A.S., a company incorporated in the Republic of Colombia with its principal office at Calle 29, Montería, Córdoba, Colombia (the "Vendor").
P:Background: the Buyer imports chilled and frozen beef and processes it at its plant in Qingdao. It wishes to trace every carton from the supplying farm and slaughter lot through cutting, cold storage and dispatch. The Vendor develops and licenses the HatoTrace livestock and meat traceability software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HatoTrace Enterprise software in the version current at signature, including its standard modules for lot registration, carcass and cut tracking, cold-chain temperature records, label printing and recall management, and all updates supplied under this Contract.
P:1.2 "Custom Deliverables" means the configurations, reports, interface programs, label templates, scripts and documentation that the Vendor creates specifically for the Buyer under this Contract, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or processed through the Software in the Buyer's environment, including supplier, lot, customs, temperature, customer and personnel data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the Acceptance Criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in Qingdao for up to 150 named users and 40 shop-floor scanning stations, for the Buyer's own business and that of its affiliates in mainland China.
P:2.2 The Vendor shall install and configure the Software, develop the interfaces with the Buyer's ERP system, warehouse management system and the customs declaration platform, migrate the open lot records from the Buyer's current spreadsheets, and train the Buyer's key users and administrators.
P:2.3 The Vendor shall deliver the work in accordance with the project plan in Annex 1.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,840,000 (one million eight hundred and forty thousand yuan), made up of: Licence Fee CNY 1,260,000; implementation and configuration CNY 348,000; interface development CNY 196,000; and training CNY 36,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, accommodation and third-party components. Where the Vendor is subject to withholding tax in China, the Buyer shall withhold it and provide the official tax receipts.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 30 days after signature, against the Vendor's invoice and a bank guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within 30 days after the Buyer signs the Installation Certificate. Installation does not mean acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days after signature and submit the system for acceptance testing within 150 days after signature.
P:5.2 The Acceptance Criteria are: (a) every function listed in Annex 2 works as specified in a test run on the Buyer's data; (b) a full trace from farm lot to dispatched carton and back is produced in under 3 seconds for any of 200 sample cartons; (c) the ERP, warehouse and customs interfaces exchange data without error for 10 consecutive working days; (d) the migrated lot records reconcile with the source files; and (e) the system runs in production for 30 days without a Severity 1 incident.
P:5.3 The Buyer shall issue the Final Acceptance certificate within 10 working days after the criteria are met, or state in writing the defects that prevent it. The Vendor shall correct them and repeat the tests concerned. Use of the system in production before Final Acceptance is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and upgrades, and give remote and on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 138,600 per year, fixed for the first three years after the Warranty Period. Support is ordered by a separate purchase order and does not renew automatically.
H:Article 7 Service Levels
P:7.1 The Vendor shall respond to incidents reported by the Buyer as follows: Severity 1 (the system is down or cartons cannot be labelled or dispatched): response within 1 hour and a workaround within 8 hours; Severity 2 (a major function is impaired): response within 2 hours and a fix within 2 working days; Severity 3 (other incidents): response within 1 working day.
P:7.2 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay the Buyer CNY 1,000, and CNY 300 per hour for Severity 2, by way of service credit deducted from any amount due to the Vendor.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors, subject to the licence in Article 2.1.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation before Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Contract and for no other purpose, and shall not keep copies after the work for which access was granted is complete.
P:9.2 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Buyer Data stays on the Buyer's servers in Qingdao. Remote access is allowed only through the Buyer's VPN with per-session approval, multi-factor authentication and session logging. No Buyer Data may be transferred outside mainland China.
P:9.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 8 hours after becoming aware of it, take all steps to contain it, and bear the losses, costs and regulatory penalties caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party in connection with this Contract, including prices, supplier lists, recipes, cutting specifications and system configurations, and shall use it only for this Contract.
P:10.2 This obligation survives for five years after the end of this Contract.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation or to achieve Final Acceptance by the dates in Article 5.1 for reasons not caused by the Buyer, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:11.2 Each party's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to death or personal injury, fraud, wilful misconduct, infringement claims under Article 8.3, or breach of Articles 9 or 10.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains fully responsible for any subcontractor the Buyer approves.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination under Article 13.1 the Vendor shall refund the amounts paid for work not accepted, and the licence granted in Article 2.1 continues for the Software already paid for.
H:Article 14 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate this Contract by written notice.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the Republic of Colombia.
P:15.2 Any dispute arising out of or in connection with this Contract shall be settled by arbitration administered by the Arbitration and Conciliation Centre of the Chamber of Commerce of Montería, seated in Montería, before three arbitrators, in English.
H:Article 16 General
P:16.1 This Contract, with Annex 1 (Project Plan) and Annex 2 (Functional Specification and Acceptance Test Plan), is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:16.2 This Contract is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# CatchLedger Subscription Order Form

**Order Form No.** PNS-OF-2026-0147
**Provider:** Pacífico Norte Software S.A.C., Av. José Pardo 512, Chimbote, Áncash, Peru
**Customer:** Dalian Haixing Aquatic Products Import & Export Co., Ltd., Zhongshan District, Dalian, Liaoning Province, People's Republic of China

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A – ORDER DETAILS

### A1. Service

The Provider will make available to the Customer the CatchLedger import-compliance platform as a hosted software service (the "Service"), with the following modules: Supplier Register, Catch and Health Certificate Vault, Cold-Chain Log Import, Customs Filing Pack Builder, Lot Recall and Dashboards. The Service supports up to 80 named users and up to 1,500 inbound shipments per Subscription Year. The Customer uses the Service to collect and check the documents its overseas suppliers provide for each shipment of frozen fish, squid and shellfish, and to prepare its filings with the customs authorities. The user interface and reports are provided in simplified Chinese and English.

### A2. Term and Hosting

The Subscription Term is 24 months, divided into two Subscription Years, starting on the Service Start Date, which is the date of Onboarding Acceptance under A5. The Service is hosted for the Customer in the Shanghai region of Alibaba Cloud (the "Hosting Provider"), which the Customer approves by signing this Order Form. Customer Data is stored and processed in mainland China only.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Year 1 | 80 users, all modules | 186,000 |
| Subscription Year 2 | 80 users, all modules | 186,000 |
| Onboarding (one-time) | configuration, data import, training | 24,000 |
| Total Order Value | | 396,000 |

Fees are in CNY and include value-added tax. Shipments above the annual allowance are charged at CNY 40 per shipment and are invoiced in arrears; they are not part of the Total Order Value.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Onboarding Acceptance. (b) The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. (c) Invoices are payable within 30 days after receipt of a valid invoice. No amount is payable before Onboarding Acceptance.

### A5. Onboarding and Acceptance

(a) The Provider will complete onboarding within 45 days after signature: configuration of the Customer's document checklists for each source country, import of the supplier master data and open certificates, connection of the Customer's two cold-store temperature loggers, and training of 10 key users in Dalian or online.
(b) Onboarding Acceptance requires that: every configured checklist validates a sample of 30 historical shipments correctly; the supplier master data reconciles with the Customer's list; a customs filing pack for 5 test shipments is produced without manual correction; and the Chinese-language user interface and reports are complete.
(c) The Customer will confirm Onboarding Acceptance in writing within 7 working days or list the failed tests. Use of the Service for live shipments before then is not acceptance.
(d) If onboarding is not completed on time for reasons attributable to the Provider, the Provider will pay the Customer CNY 300 for each day of delay.

### A6. Renewal

At the end of the Subscription Term this Order Form renews automatically for a further term of the same length as the Subscription Term unless either party gives notice of non-renewal at least 60 days before the end of the then current term. The Provider may increase the subscription fees for any renewal term by up to 9% by giving notice at least 90 days before the renewal date.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________

## PART B – GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and images uploaded to the Service by or for the Customer, and all output generated from them, including supplier, shipment, certificate, temperature and customs data.

1.2 "Customer Configurations" means the checklists, validation rules, report layouts and filing templates created for the Customer during onboarding or later at its request.

1.3 "Severity 1" means the Service is unavailable or documents cannot be uploaded or filing packs cannot be produced for all users.

### 2. Service Levels

2.1 The Provider will make the Service available at least 99.5% of each calendar month, excluding scheduled maintenance notified at least 3 days in advance and carried out between 22:00 and 06:00 Beijing time.

2.2 The Provider will respond to a Severity 1 incident within 1 hour and restore the Service or provide a workaround within 6 hours. Other incidents are answered within 1 business day.

2.4 The Provider will publish a monthly service report showing availability, incidents and credits.

2.3 If monthly availability falls below the level in 2.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.5 percentage point of shortfall, up to half of that monthly amount. If a Severity 1 response is late, the Customer receives a credit of CNY 500 per hour of delay. Credits are deducted from the next invoice.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and for no other purpose.

3.2 On expiry or termination the Provider will make Customer Data available for export in a standard format for 30 days and then delete it, and will confirm deletion in writing.

3.3 The Provider will not transfer Customer Data outside mainland China and will not give any third party access to it, except the Hosting Provider for hosting purposes.

### 4. Security

4.1 The Provider will maintain an information security programme certified to ISO/IEC 27001 and will operate the Service in line with MLPS level 2 requirements, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators and daily backups kept in mainland China.

4.2 The Provider will notify the Customer of any security incident affecting Customer Data within 12 hours after discovery, investigate it, and bear the costs and losses caused to the Customer by its failure to comply with this Section 4.

### 5. Confidentiality

Each party will keep the other party's confidential information secret, use it only for the purposes of this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties. This Section survives for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service and its software. The Customer receives a right to use the Service during the Subscription Term.

6.2 Customer Configurations belong to the Customer. The Provider will export them on request in a documented format, and the Customer may use, modify and have third parties use them freely.

### 7. Subcontracting

The Provider may use the Hosting Provider named in A2. Any other subcontractor requires the Customer's prior written consent. The Provider is responsible for the acts of its subcontractors.

### 8. Liability

8.1 The total liability of each party arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the six months preceding the event that gave rise to the claim.

8.2 The limit in 8.1 does not apply to the Customer's obligation to pay fees, to breach of Section 5, or to liability that cannot be limited by law. Neither party is liable for loss of profit or indirect loss.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice describing the breach.

9.2 If the Customer terminates under 9.1, the Provider will refund the prepaid fees for the remainder of the Subscription Term. On expiry or termination Section 3.2 applies.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent, except to an affiliate as part of a reorganisation.

11.2 Notices must be in writing and sent to the addresses in this Order Form by courier or email with confirmation of receipt.

11.3 This Order Form is made in English. A Chinese translation may be made for convenience; the English text prevails.

11.4 The Customer is responsible for the accuracy of the documents its suppliers upload and for its own use of the filing packs with the customs authorities. The Provider is responsible for the correct functioning of the Service and of the validation rules as configured and accepted.

11.5 Each party shall comply with the anti-bribery and export control laws that apply to it in performing this Order Form.
"""

E03 = """T:Supply Contract for Cold-Chain Sensors and Monitoring Software
P:Contract No. RY-PUR-2026-0391
P:This Contract is made between Inner Mongolia Ruyi Dairy Co., Ltd., with its registered office in Saihan District, Hohhot, People's Republic of China (the "Buyer"), and Sabana Sensórica S.A.S., with its registered office at Carrera 19, Sincelejo, Sucre, Republic of Colombia (the "Supplier").
P:The Buyer operates six cold-storage warehouses for milk powder, cheese and chilled dairy products. It wishes to replace its manual temperature records with wireless sensors and central monitoring software. The Supplier has offered the sensors, gateways and its ColdWatch software in its tender of 14 September 2026. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table.
P:1.2 "Software" means the ColdWatch monitoring software, including its server, web and mobile components, in the version current at delivery.
P:1.3 "System" means the Equipment and the Software as installed, configured and integrated at the Sites.
P:1.4 "Sites" means the Buyer's six warehouses in Hohhot, Baotou and Ordos listed in Annex 1.
P:1.5 "Buyer Data" means all readings, alarm records, calibration records, warehouse layouts and user data collected or stored by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Sites, install, configure, calibrate and commission the System so that it meets the Technical Specification in Annex 2.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's servers for up to 600 sensors at any number of the Buyer's sites in mainland China.
P:2.3 The Supplier shall integrate the System with the Buyer's warehouse management system, so that every alarm is linked to the affected storage location and stock lots, and shall train the Buyer's warehouse staff and IT administrators.
P:2.4 The Supplier shall provide the Software user interface, manuals and alarm messages in simplified Chinese.
H:3. Price
P:3.1 The Contract Price is CNY 1,025,000, as set out in the Price Table below. It is fixed and includes packing, transport to the Sites, insurance, import duties and all taxes.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor TH-400, with calibration certificate|420|1,150|483,000
TB:2|LoRa gateway GW-8 with mobile-network backup|28|6,200|173,600
TB:3|ColdWatch monitoring software, perpetual licence for up to 600 sensors|1|264,000|264,000
TB:|Equipment and Licence Subtotal|||920,600
TB:4|Installation, configuration, calibration and WMS integration|1 lot|88,400|88,400
TB:5|Training of warehouse staff and administrators|1 lot|16,000|16,000
TB:|Total Contract Price|||1,025,000
H:4. Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 The Buyer shall pay 65% of the Contract Price within 30 days after it signs the Installation Certificate for all six Sites. The Installation Certificate records that the Equipment has been delivered and installed. It is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 Each payment is made against a valid invoice of the Supplier, in CNY, to the Supplier's account stated in the invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Sites within 70 days after signature and complete installation at all Sites within 110 days after signature.
P:5.2 Installation work in the warehouses shall follow the Buyer's food safety and site safety rules. The Supplier's staff shall not enter cold rooms without the Buyer's escort.
P:5.3 The Supplier shall deliver with the Equipment the packing lists, certificates of origin, calibration certificates and the import documents needed for customs clearance in China.
H:6. Acceptance
P:6.1 Final Acceptance takes place after a trial run of 30 consecutive days. The acceptance criteria are: (a) during the trial run no sensor misses more than two scheduled readings in any day; (b) each sensor's reading deviates by no more than 0.3 degrees Celsius from a calibrated reference instrument at three test points; (c) a simulated over-temperature event at each Site produces an alarm by text message and in the mobile application within 60 seconds; (d) alarms are linked correctly to storage locations in the warehouse management system; and (e) all manuals, calibration certificates and configuration records have been handed over.
P:6.2 The Buyer shall issue the Final Acceptance Certificate within 10 working days after the criteria are met or state in writing why they are not met. Installation, use of the System or the trial run itself does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance. During this period it shall repair or replace defective Equipment within 5 working days, provide Software updates and recalibrate the sensors once, free of charge.
P:7.3 The warranty period of any Equipment repaired or replaced during the warranty is extended by the time during which it was out of service.
P:7.2 After the warranty period the Buyer may order annual support, including spare parts, annual recalibration and Software updates. The annual support fee is 9% of the Equipment and Licence Subtotal, that is CNY 82,854 per year, and is fixed for the first three years after the warranty period. Support is ordered by separate purchase order and does not renew automatically.
H:8. Service Levels
P:8.1 The Supplier shall provide a support line in Mandarin and English and shall respond to faults as follows: Severity 1 (monitoring of a whole Site is lost or alarms are not sent): response within 1 hour and restoration within 8 hours; Severity 2 (part of a Site or single gateways affected): response within 2 hours and restoration within 2 working days; Severity 3 (single sensors and other faults): restoration within 5 working days.
P:8.2 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 600, and CNY 200 for Severity 2. The Buyer may deduct these amounts from any payment due.
P:8.3 During the warranty period the Supplier shall keep at its partner's warehouse in Hohhot a stock of at least 20 spare sensors and 2 spare gateways.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier, subject to the licence in clause 2.2.
P:9.2 The WMS interface, the dashboards, reports and alarm rules configured for the Buyer, and their source code and documentation, belong to the Buyer. The Buyer may use, modify and license them freely.
H:10. Data Protection and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not keep or use any copy for other purposes.
P:10.2 The Software is installed on the Buyer's servers. The Supplier may access the System remotely only through the Buyer's VPN after approval for each session, with all sessions logged. The Supplier shall comply with the Data Security Law of the People's Republic of China, and no Buyer Data may leave mainland China.
P:10.3 The Supplier shall report any security incident affecting the System or Buyer Data within 12 hours, take immediate measures to contain it, and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all technical and commercial information of the other party received under this Contract and shall not disclose it to any third party without prior written consent.
P:11.2 This clause continues for five years after the end of this Contract.
H:12. Delay and Liability
P:12.1 If the Supplier fails to complete installation or to achieve Final Acceptance on time for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation partners are subject to the same consent and to the Buyer's site rules.
P:13.2 The Supplier remains responsible for the work of any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages reach their maximum.
P:14.2 On termination the Supplier shall refund the amounts paid for Equipment or services not accepted and remove any Equipment the Buyer rejects, at its own cost.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitration shall be conducted in English and Chinese.
H:16. General
P:16.1 Annex 1 (Sites) and Annex 2 (Technical Specification) form part of this Contract.
P:16.2 This Contract is made in English in four originals, two for each party, and takes effect on signature.
P:16.3 Notices shall be sent in writing to the addresses stated above, by courier or by email with confirmation of receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Cloud Operations Services Agreement

**Agreement No.** NGF-IT-MSA-2026-03

**Between**

**Guangzhou Nanguo Fresh Fruit Trading Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Baiyun District, Guangzhou, Guangdong Province (the "Customer"); and

**Chira Valley Cloud Operations S.A.C.**, a company incorporated in the Republic of Peru, with its registered office at Calle Dos de Mayo, Sullana, Piura, Peru, acting in China through its representative office in Guangzhou (the "Provider").

**Background.** The Customer imports avocados, table grapes, blueberries and mangoes and runs its ERP, order management and cold-chain tracking applications on Alibaba Cloud in the Guangzhou and Shenzhen regions. The Customer wishes to outsource the day-to-day operation of that environment. The Provider has experience in operating cloud environments for fruit exporters and importers and has offered the services described in this Agreement.

## 1. Definitions

1.1 "Managed Environment" means the cloud accounts, virtual servers, databases, storage, networks and security services listed in Schedule 1.

1.2 "Services" means the transition and the managed services described in Schedule 1.

1.3 "Service Commencement Date" means the date of Transition Acceptance under clause 3.3.

1.4 "Customer Data" means all data held in the Managed Environment or otherwise made available to the Provider by the Customer, including order, customer, supplier, pricing, shipment, temperature and personal data.

1.5 "P1 Incident" means an incident that makes the ERP, the order management application or the cold-chain tracking application unavailable to all users, or that puts Customer Data at risk.

## 2. Term

2.1 This Agreement starts on signature and continues for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, with the charges agreed at that time.

## 3. Transition

3.1 Within 60 days after signature the Provider shall take over the operation of the Managed Environment from the Customer's current IT team according to the transition plan agreed in the first two weeks.

3.2 The transition includes: documenting the Managed Environment; setting up monitoring, alerting and backup under the Provider's tools; reviewing access rights; preparing runbooks for each application; and a two-week shadow operation with the Customer's team.

3.3 Transition Acceptance requires that: (a) all items in Schedule 1 are monitored and generate alerts to the Provider's service desk; (b) a backup and restore test of each production database succeeds within the recovery times in Schedule 3; (c) a runbook exists for each application and has been reviewed by the Customer; and (d) access rights have been reviewed and all shared accounts removed. The Customer shall confirm Transition Acceptance in writing within 5 working days after these criteria are met, or list what is missing.

3.4 If the transition is not completed within the period in clause 3.1, the Provider shall add staff at its own cost until Transition Acceptance, and the Monthly Service Charge does not start until Transition Acceptance.

## 4. Services and Service Levels

4.1 From the Service Commencement Date the Provider shall provide the managed services described in Schedule 1 in accordance with the service levels in Schedule 3.

4.2 The Provider shall provide a service desk in Mandarin and English, operating around the clock, with a named service manager who attends a monthly service review with the Customer in Guangzhou or by video.

4.3 If the Provider fails to meet a service level, the Customer is entitled to the service credits set out in Schedule 3. Credits are deducted from the next invoice.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The Monthly Service Charge is fixed for the Term.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt.

5.3 Cloud consumption charges of Alibaba Cloud are paid by the Customer directly to Alibaba Cloud and are not part of this Agreement.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and for no other purpose, and shall not copy it outside the Managed Environment.

6.2 The Provider shall access the Managed Environment only through the Customer's bastion host, with individual accounts, multi-factor authentication and full session recording. No Customer Data may be accessed from or transferred to any place outside mainland China. The Provider shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China and with the Customer's MLPS level 2 requirements.

6.3 The Provider shall notify the Customer of any security incident affecting the Managed Environment or Customer Data within 2 hours after detecting it, lead the technical response, and be responsible for losses caused to the Customer by its failure to comply with this clause 6.

## 7. Confidentiality

Each party shall keep confidential all information of the other party that it receives in connection with this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for five years after the end of the Term.

## 8. Intellectual Property

8.1 The Provider's monitoring and automation tools remain its property. The Customer has the right to use them during the Term.

8.2 Runbooks, scripts, infrastructure templates, configurations and documentation created by the Provider for the Managed Environment belong to the Customer, which may use and modify them freely, also after the Term and with another provider.

## 9. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the performance of any approved subcontractor.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges payable over the Term under Schedule 2.

10.2 The limit does not apply to breach of clauses 6 or 7, wilful misconduct or gross negligence. Neither party is liable for loss of profit or other indirect loss.

## 11. Remedies and Duration

11.1 This Agreement may be ended before the end of the Term only by written agreement of both parties or under clause 12.

11.2 If the Provider fails to perform the Services, the Customer's remedies are the service credits in Schedule 3, a corrective action plan that the Provider shall deliver within 10 working days, and a claim for damages subject to clause 10. A breach by the Provider, however serious, does not entitle the Customer to end this Agreement before the end of the Term.

11.3 At the end of the Term the Provider shall support the transfer of the Services to the Customer or a new provider for up to 60 days, at the Monthly Service Charge prorated for that period.

## 12. Force Majeure

A party affected by an event beyond its reasonable control is excused for the duration of the event, provided it notifies the other party promptly. If the event prevents the performance of the Services for more than 90 days, either party may end this Agreement by written notice.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.

## 14. General

This Agreement, with Schedules 1 to 3, is the entire agreement on its subject. Amendments must be in writing and signed by both parties. It is made in English in two originals.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 – Managed Environment and Services

| Area | Scope | Service |
|---|---|---|
| Compute | 46 virtual servers (ERP, order management, cold-chain tracking, integration, test) | monitoring, patching every month, capacity reports |
| Databases | 6 production and 4 test databases | monitoring, backup every night, restore tests every quarter |
| Network and security | VPCs, load balancers, firewall rules, VPN to 3 cold stores | change management, rule reviews every quarter |
| Service desk | around the clock, Mandarin and English | incident, request and change handling |
| Reporting | all of the above | monthly service report and review |

## Schedule 2 – Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 74,000 |
| Monthly Service Charge | 58,500 per month for 36 months | 2,106,000 |
| Total charges for the Term | | 2,180,000 |

## Schedule 3 – Service Levels and Credits

| Service level | Target | Service credit |
|---|---|---|
| Availability of the Managed Environment (production) | 99.95% per month | 3% of the Monthly Service Charge for each 0.1 point below target |
| P1 Incident response | 15 minutes | CNY 1,000 per hour late |
| P1 Incident restoration | 2 hours | CNY 2,000 per hour late |
| P2 Incident response | 1 hour | CNY 300 per hour late |
| Database restore (recovery time) | 3 hours | CNY 1,000 per hour late |
| Monthly service report | 5th working day | CNY 500 per late report |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. AAD-SH-2026-022

This Data and API Subscription Agreement (the "Agreement") is entered into between:

Andes Agrodatos S.A.S., a company incorporated in the Republic of Colombia, with its principal office at Calle 18, Pasto, Nariño, Colombia (the "Provider"); and

Shanghai Hengtai Agricultural Commodities Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Pudong New Area, Shanghai (the "Customer").

BACKGROUND

The Customer buys green coffee and cocoa beans from Colombia, Peru and Ecuador for roasters and food manufacturers in China. The Provider collects and publishes origin market data for Andean coffee and cocoa, including farm-gate and export prices, harvest progress and forecasts, weather observations in the growing regions, and export shipment statistics. The Customer wishes to receive this data through the Provider's application programming interface ("API") and to have a custom data feed built for its purchasing system. The Customer's traders in Shanghai and its quality team in Kunming will use the data.

1. DEFINITIONS

1.1 "Provider Data" means the data sets, prices, indices, forecasts and statistics made available by the Provider through the API, together with their documentation.

1.2 "Custom Feed" means the daily data feed described in Annex 2, combining Provider Data with the Customer's origin and quality codes and delivered in the format required by the Customer's purchasing system.

1.3 "Customer Data" means the watch lists, contract positions, origin and quality codes, query parameters and any other information that the Customer submits to the Provider or the API.

1.4 "Subscription Year" means the period starting on the Subscription Start Date and ending on the day before its first anniversary, and each following period from one anniversary to the day before the next.

1.5 "Subscription Start Date" means the date on which the Provider issues the Customer's production API keys, which the Provider shall do within 10 days after signature.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the term of this Agreement, a non-exclusive and non-transferable right to access the API and to use the Provider Data for its internal purchasing, pricing, hedging and reporting purposes, for up to 25 named users and up to 200,000 API calls per month.

2.2 The Customer may include extracts of Provider Data in reports and offers to its own customers, provided that the extracts are limited, not made available in bulk, and identify the Provider as source.

2.3 The Customer shall not resell the Provider Data or use it to build a competing data service.

2.4 The Provider shall give the Customer at least 60 days' notice before removing any data set or field used in the Custom Feed, and shall propose a replacement where one exists.

3. TERM AND RENEWAL

3.1 This Agreement starts on signature and continues for two Subscription Years from the Subscription Start Date.

3.2 After the second Subscription Year the Agreement renews for a further Subscription Year at the same fees unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 264,000 for each Subscription Year, that is CNY 528,000 for the two Subscription Years.

4.2 The fee for building the Custom Feed is CNY 18,000, one-time.

4.3 The total fees under this Agreement are therefore CNY 546,000. API calls above the monthly allowance are charged at CNY 0.02 per call in arrears and are not included in that total.

4.4 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The Custom Feed fee is invoiced after Custom Feed Acceptance. Invoices are payable within 30 days after receipt by bank transfer in CNY.

4.5 Fees include all taxes of the Provider. Any Chinese withholding tax is deducted by the Customer, which will provide the official tax receipts.

4.6 The fees are fixed for the two Subscription Years.

5. CUSTOM FEED AND ACCEPTANCE

5.1 The Provider shall deliver the Custom Feed for acceptance testing within 45 days after signature.

5.2 Custom Feed Acceptance requires that: (a) the feed runs on 10 consecutive business days and arrives each day before 07:00 Shanghai time; (b) the fields, codes and file format match Annex 2; (c) the prices in the feed agree with the prices shown in the Provider's web portal for a sample of 200 records chosen by the Customer; and (d) the Customer's purchasing system imports the feed without manual correction.

5.3 The Customer shall confirm Custom Feed Acceptance in writing within 5 business days after the tests are passed, or list the failed tests. Receiving or using the feed during testing is not acceptance.

5.4 If the Custom Feed is not delivered for acceptance testing on time for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay.

5.5 After Custom Feed Acceptance the Provider shall keep the Custom Feed running during the term and adapt it, without extra charge, to changes in the Provider Data or in the API.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and to update the Provider Data at the frequencies stated in the documentation, and will inform the Customer of planned maintenance in advance where practicable.

6.2 The Provider will answer support requests sent by email to its support team during its normal business hours in Colombia and will use reasonable efforts to resolve them.

6.3 The Provider does not guarantee that the Provider Data is complete or error-free, but shall correct any error it becomes aware of and publish the correction through the API.

6.4 The Provider will send the Customer a quarterly note on changes to data sources, methods and coverage.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and the Custom Feed to the Customer, and for no other purpose.

7.2 At the end of this Agreement the Provider shall return or delete Customer Data as the Customer instructs and confirm this in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider Data and the API remain the property of the Provider and its licensors.

8.2 The Custom Feed specification, the mapping of the Customer's codes, and the programs written by the Provider to produce the Custom Feed belong to the Customer, which may use, modify and have them operated by third parties freely. The Provider shall deliver the source code with the Custom Feed.

8.3 Analyses, models and reports that the Customer creates using Provider Data belong to the Customer.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the information of the other party that is marked as confidential or is confidential by its nature, including the Customer's positions, volumes, prices and counterparties, and shall use it only for this Agreement.

9.2 Neither party shall disclose such information to third parties without the other party's prior written consent, except to its professional advisers or as required by law.

9.3 This clause survives for five years after the end of this Agreement.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 The Provider shall not subcontract the development or operation of the Custom Feed without the Customer's prior written consent.

10.2 The Provider remains responsible for any subcontractor the Customer approves.

10.3 Neither party may assign this Agreement without the other party's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to two times the total fees under clause 4.3.

11.2 The limit does not apply to breach of clause 9, infringement of intellectual property rights, or wilful misconduct. Neither party is liable for trading losses, loss of profit or indirect loss.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

12.2 If the Customer terminates under clause 12.1, the Provider shall refund the part of the subscription fee paid for the period after termination.

12.3 On expiry or termination the Customer may keep Provider Data received before that date in its internal records and reports, but shall not load new data from the API.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The language of the arbitration is English.

14. GENERAL

14.1 Annex 1 (API Documentation and Data Catalogue) and Annex 2 (Custom Feed Specification) form part of this Agreement.

14.2 Notices must be in writing and sent by courier or email to the addresses given above.

14.3 This Agreement may be amended only in writing signed by both parties. It is made in English in two originals.

14.4 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

14.5 Each party shall comply with the anti-bribery and sanctions laws that apply to it.

For the Provider: ____________________

For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: (file, source, format, language, category, terms (in TERM_KEYS order), extra, tco inputs, designed rules)
# extra: (sla_clause, ld_stated, post_warranty_fee_capped or None for service, acceptance_deemed_on_delivery, value)
# tco: (licence/hardware subtotal, contract value, warranty months, fee %) for goods with a fixed fee, else None
DESIGN = {
    "h859z01": ("h859z01_civil_affairs_pet_funeral_supervision_platform.pdf", Z01, "pdf", "zh", "software",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False,
                 "PRC", G],
                (True, True, True, False, 1220000), (680000, 1220000, 24, 8), []),
    "h859z02": ("h859z02_door_handle_plant_line_control_retrofit.docx", Z02, "docx", "zh", "hardware",
                [None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 26, False, True, False,
                 "PRC", G],
                (True, True, True, False, 1630000), (1480000, 1630000, 18, 26),
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h859z03": ("h859z03_paragliding_chain_booking_membership_saas.txt", Z03, "txt", "zh", "cloud",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True,
                 True, "PRC", S],
                (True, True, None, False, 494000), None, ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"]),
    "h859z04": ("h859z04_housing_bureau_ebike_charging_monitoring_om.txt", Z04, "txt", "zh", "services",
                [99.95, 6, True, "buyer", True, True, False, 0.2, None, None, True, None, None, None, False, True,
                 False, "PRC", S],
                (True, True, None, False, 658000), None, ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
    "h859z05": ("h859z05_blue_calico_workshop_process_tracking_supplier_template.md", Z05, "md", "zh", "software",
                [None, 2, False, "supplier", True, False, True, 0.1 / 7, 20, 65, False, False, 6, None, False, True,
                 None, None, G],
                (True, True, False, True, 440000), None,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-WARRANTY"]),
    "h859e01": ("h859e01_beef_traceability_perpetual_licence_colombia_vendor.pdf", E01, "pdf", "en", "software",
                [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                 "Colombia", G],
                (True, True, True, False, 1840000), (1260000, 1840000, 18, 11), ["CR-GOVERNING-LAW"]),
    "h859e02": ("h859e02_seafood_import_compliance_saas_order_form.md", E02, "md", "en", "cloud",
                [99.5, 1, True, "buyer", True, True, True, 300 / 396000 * 100, 6 / 24 * 100, None, True, None, None,
                 None, True, True, False, "PRC", S],
                (True, True, None, False, 396000), None,
                ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h859e03": ("h859e03_dairy_cold_chain_sensors_monitoring_licence.docx", E03, "docx", "en", "hardware",
                [None, 1, True, "buyer", True, True, True, 0.1, 200, None, True, True, 24, 9, False, True, False,
                 "PRC", G],
                (True, True, True, False, 1025000), (920600, 1025000, 24, 9), []),
    "h859e04": ("h859e04_fruit_importer_managed_cloud_operations.md", E04, "md", "en", "services",
                [99.95, 0.25, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, False,
                 False, "PRC", S],
                (True, False, None, False, 2180000), None, ["CR-LD-MISSING", "CR-TERMINATION"]),
    "h859e05": ("h859e05_coffee_cocoa_origin_data_api_subscription.txt", E05, "txt", "en", "cloud",
                [None, None, False, "buyer", False, True, True, 400 / 546000 * 100, 200, None, True, None, None, None,
                 False, True, False, "PRC", S],
                (False, True, None, False, 546000), None, ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

# price sums stated in the texts
assert 680000 + 455000 + 68000 + 17000 == 1220000
assert 492000 + 324000 + 86400 + 268000 + 71600 + 238000 == 1480000 and 1480000 + 126000 + 24000 == 1630000
assert 30 * 6800 == 204000 and 2 * 204000 + 86000 == 494000
assert 186000 + 312000 + 98000 + 62000 == 658000
assert 168000 + 226000 + 38000 + 8000 == 440000 and 440000 * 65 // 100 == 286000 and 440000 * 35 // 100 == 154000
assert 1260000 + 348000 + 196000 + 36000 == 1840000 and 1260000 * 11 // 100 == 138600
assert 2 * 186000 + 24000 == 396000
assert 420 * 1150 == 483000 and 28 * 6200 == 173600 and 483000 + 173600 + 264000 == 920600
assert 920600 + 88400 + 16000 == 1025000 and round(920600 * 0.09) == 82854
assert 58500 * 36 == 2106000 and 2106000 + 74000 == 2180000
assert 2 * 264000 == 528000 and 528000 + 18000 == 546000
assert 1480000 * 26 // 100 == 384800 and 680000 * 8 // 100 == 54400
assert 20 + 45 + 35 == 100 and 65 + 35 == 100

# ---------------------------------------------------------------------------------------------------------------
# Policy §3 as I read it
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_LIMIT = 40
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(tco):
    if tco is None:
        return None
    base, value, wmonths, pct = tco
    years_after = max(0.0, 5 - wmonths / 12)
    post = years_after * pct / 100 * base
    return post / (value + post) * 100


def derive(t, x, tco):
    r = []
    sla, ld_stated, capped, deemed, _ = x
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        share = tco_share(tco)
        if share is not None and share > TCO_LIMIT:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan (self-tested)
PATTERNS = [
    r"99\.90*(?![0-9])",
    r"(?<![0-9.])0?\.050*(?![0-9])",
    r"万分之五(?![十0-9])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![0-9.,])(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|per\s*-?\s*cent|percent)",
    r"百分之(?:三十|四十|十五|一百|百)(?![一二三四五六七八九点])",
    r"(?<![a-z])(?:thirty|forty|fifteen|hundred)[\s-]*(?:per\s*-?\s*cent|percent|%)",
    r"(?<![0-9.])12\s*-?\s*(?:calendar\s*)?months?", r"(?<![0-9.])12\s*个?(?:自然)?月(?![0-9])", r"十二个?月",
    r"(?<![a-z])twelve[\s-]*(?:calendar\s*)?months?",
    r"(?<![0-9.])1\s*-?\s*years?(?![a-z])", r"(?<![a-z])one[\s-]*years?(?![a-z])",
    r"(?<![第每])[一壹]年(?![级度])", r"(?<![0-9.第])1\s*年(?![度0-9])",
    r"(?<![0-9.])4\s*-?\s*(?:hours?|hrs?|个?小时)", r"(?<![0-9.])4\s*h(?![a-z])", r"四个?小时",
    r"(?<![a-z])four[\s-]*hours?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "0.05 %", "万分之五", "30%", "30 %", "百分之三十", "thirty per cent",
            "40%", "百分之四十", "15%", "100%", "100 per cent", "12 months", "12个月", "十二个月", "twelve months",
            "12-month", "twelve calendar months", "one year", "1 year", "一年", "1年", "4 hours", "4小时", "四小时",
            "four hours", "4-hour", "4h", "forty percent"]
MUST_MISS = ["99.95%", "99.5%", "99.98%", "0.08%", "0.5%", "万分之三", "万分之二", "24小时", "24 hours", "14 hours",
             "12 hours", "12小时", "130%", "150%", "115%", "0.15%", "35%", "2027年12月31日", "第一年", "Year 1",
             "18个月", "112 months", "1.5 years", "4G", "40 hours", "2026年", "每年", "0.02", "CNY 1,150",
             "1,260,000", "200%", "Article 4 Payment", "第一个服务年度"]
for s_ in MUST_HIT:
    assert RX.search(s_) and RX.search(re.sub(r"\s+", "", s_)), s_
for s_ in MUST_MISS:
    assert not RX.search(s_) and not RX.search(re.sub(r"\s+", "", s_)), s_


def read_back(path, fmt):
    """Returns the variants of the text as a reader would see it."""
    if fmt in ("txt", "md"):
        return [path.read_text(encoding="utf-8")]
    if fmt == "pdf":
        from pypdf import PdfReader
        return ["\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)]
    from docx import Document
    d = Document(str(path))
    paras = [p.text for p in d.paragraphs]
    rows_sp, rows_bare = [], []
    for t in d.tables:
        for row in t.rows:
            cells = [c.text for c in row.cells]
            rows_sp.append(" ".join(cells))
            rows_bare.append("".join(cells))
    return ["\n".join(paras + rows_sp), "\n".join(paras + rows_bare)]


def build_all():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, d in DESIGN.items():
        name, src, fmt = d[0], d[1], d[2]
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            sources[key], targets[key] = src, (name, fmt)
    write(sources, targets, OUT, wrap_words=True)


def labels_and_checks():
    covered, report = set(), []
    for key, d in DESIGN.items():
        name, _, fmt, lang, cat, tv, x, tco, design = d
        t = dict(zip(TERM_KEYS, tv))
        assert len(tv) == len(TERM_KEYS)
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(tco)
        if share is not None:
            assert abs(share - TCO_LIMIT) > 2, (key, share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and x[2] is None, key
        rules = derive(t, x, tco)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        extra = {"sla_clause": x[0], "ld_stated": x[1]}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = x[2]
        extra["acceptance_deemed_on_delivery"] = x[3]
        extra["contract_value"] = x[4]
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                      encoding="utf-8")
        # read back: length and threshold scan
        texts = read_back(OUT / name, fmt)
        main = texts[0]
        if lang == "zh":
            n = len(re.sub(r"\s", "", main))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(main.split())
            assert 1450 <= n <= 1650, (key, n)
        for tx in texts:
            for variant in (tx, re.sub(r"\s+", " ", tx), re.sub(r"\s+", "", tx)):
                m = RX.search(variant)
                assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        report.append((name, n, rules, risk(rules), share))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    for name, n, rules, rk, share in report:
        print("%-70s %5d  %-6s %s%s" % (name, n, rk, ", ".join(r[3:] for r in rules) or "(none)",
                                         "" if share is None else "  TCO share %.1f%%" % share))
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    build_all()
    labels_and_checks()
