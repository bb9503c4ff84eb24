"""holdout558: ten blind ORDINARY draft contracts + labels. Run: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), the .json labels, then reads
every built file back, measures it, scans it for threshold figures and checks the expected rules."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临州市防空警报管理平台建设项目政府采购合同
P:合同编号：LZRF-ZC-2026-017　　采购方式：公开招标　　项目编号：LZCG-2026-0213
P:甲方（采购人）：临州市人民防空办公室，地址：临州市府前路18号
P:乙方（供应商）：临州鸣远信息技术有限公司，地址：临州市高新区创新大道266号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就防空警报管理平台软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供防空警报管理平台软件（V3.0）永久使用许可，部署于甲方人防指挥中心机房，许可范围覆盖全市已建的312台固定电声警报器、46台多媒体警报器和8台机动警报车。
P:1.2 乙方按甲方需求完成定制开发：警报器远程控制与状态巡检接口、警报覆盖"一张图"分析、防空警报试鸣管理模块、与市应急广播系统及短信平台的联动接口。
P:1.3 乙方负责平台部署、历史数据初始化、联调测试、操作培训及技术文档编写，具体要求见附件一《技术需求书》。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾贰万元整（¥1,320,000），其中：平台软件许可费¥780,000；定制开发费¥466,000；实施部署费¥58,000；培训费¥16,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、安装调试及质保期内的全部服务费用，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额合法发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥264,000。
P:3.2 平台部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥594,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥462,000。
P:3.4 本项目资金为财政资金，付款按国库集中支付程序办理，因审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成平台部署及全部定制开发，并向甲方提交初步验收申请。
P:4.2 初步验收后进入试运行，试运行期为60日。试运行期满且期间未发生一级故障的，乙方可申请最终验收。
P:4.3 乙方应指派具有同类项目经验的项目经理1名、开发工程师不少于4名常驻甲方现场，项目经理未经甲方书面同意不得更换。乙方每周提交项目周报，列明进度、问题及需甲方配合事项。
P:4.4 甲方应及时提供机房、网络、警报器台账及既有系统接口资料，并指定专人负责项目协调。
P:4.5 乙方应编制实施方案、测试方案和应急预案，经甲方审核同意后实施；实施过程不得影响现有警报系统的正常值守。
H:第五条 验收
P:5.1 初步验收标准：功能符合招标文件技术要求及附件一；全部在册警报器接入平台；远程控制指令从下发到警报器执行不超过10秒；平台通过第三方网络安全测评。
P:5.2 最终验收标准：试运行期内平台运行稳定，未发生一级故障；完成全市防空警报试鸣演练一次且全部警报器按指令鸣响；乙方已提交源代码、技术文档及培训记录。
P:5.3 验收由甲方组织，可邀请行业专家参加，验收结果以双方签字的验收报告为准。平台上线使用、试运行或甲方付款均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、现场技术服务和重大活动保障。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过软件许可费的8%（即每年不超过¥62,400），维护合同另行签订。
P:6.3 每年防空警报试鸣日及重大活动期间，乙方应安排工程师到甲方指挥中心现场保障，并提前完成平台巡检。
P:6.4 乙方应为甲方操作人员及维护人员提供不少于3期集中培训，培训内容包括平台操作、警报指令下发、日常巡检及应急处置，并提供培训教材。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。
P:7.2 一级故障（平台整体中断或无法下发警报指令），乙方应在30分钟内响应，3小时内到达现场；二级故障2小时内响应；三级故障在下一工作日内处理完毕。
P:7.3 乙方每月向甲方提交运行报告。服务水平未达到上述要求的，乙方应提交书面整改报告并限期整改；本条不设服务费扣减或违约金。
H:第八条 知识产权
P:8.1 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的接口程序、功能模块、源代码及相关文档的知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。
H:第九条 数据安全
P:9.1 平台中的警报器位置、运行状态、演练记录等全部数据归甲方所有，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》及网络安全等级保护要求，远程维护须经甲方审批并通过堡垒机进行，不得复制、留存甲方数据。
P:9.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的人防工程信息、警报布点及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
P:11.3 乙方交付的软件或文档不符合约定的，应负责免费修改直至符合要求，修改期间不顺延交付期限。
P:11.4 乙方违约给甲方造成损失，违约金不足以弥补的，乙方还应赔偿甲方的实际损失。
P:11.5 乙方提供的软件侵犯第三方知识产权的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同的全部或部分义务转让、转包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过60日，或交付成果两次验收不合格，或有其他严重违约行为且经书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及附件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订书面补充协议。
P:附件一：技术需求书　附件二：分项报价表　附件三：验收测试方案
P:甲方（盖章）：临州市人民防空办公室　　法定代表人或授权代表：__________
P:乙方（盖章）：临州鸣远信息技术有限公司　　法定代表人或授权代表：__________
P:签订日期：2026年3月18日
"""

Z02 = """T:压砖机控制系统改造及维保合同
P:合同编号：HT-YZJ-2026-041
P:甲方：佛岭新瓷陶瓷有限公司（以下简称甲方）
P:乙方：南粤恒控自动化设备有限公司（以下简称乙方）
P:甲方二号车间现有4台全自动液压压砖机的控制系统已运行多年，故障频繁，备件停产。经甲方比选，乙方承接控制系统改造及后续维保。双方依据《中华人民共和国民法典》订立本合同。
H:一、改造内容
P:（一）拆除4台压砖机原有PLC、继电器柜及操作面板，更换为乙方提供的PLC控制柜、伺服液压比例阀组、触摸屏及工控机。
P:（二）部署压制工艺管理软件，实现配方下发、压制曲线记录、故障报警和班次产量统计，并与甲方现有MES系统对接。
P:（三）重新编写PLC控制程序和压制工艺配方，保证改造后设备满足甲方产品规格要求。
P:（四）对压砖机液压站的压力、温度传感器进行检查，更换老化的传感器及线缆，恢复设备原有的安全联锁功能。
P:（五）提供改造后的电气原理图、接线图、PLC程序清单、操作手册和维修手册各两套，并提供电子版。
H:二、合同价款
P:（一）合同总价为人民币壹佰贰拾捌万元整（¥1,280,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及控制柜|4套|168,000|672,000
TB:2|伺服液压比例阀组|4套|56,000|224,000
TB:3|触摸屏HMI及工控机|4套|23,500|94,000
TB:4|压制工艺管理软件许可|1套|130,000|130,000
TB:|软硬件小计|||1,120,000
TB:5|拆除、安装及调试|1项|146,000|146,000
TB:6|操作及维修培训|1项|14,000|14,000
TB:|合计|||1,280,000
P:（二）上述价格含税、运输、保险、安装及调试费用。
P:（三）合同履行期间如甲方要求增加改造内容，双方另行书面确认价格，不影响本合同其他条款的执行。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥256,000。
P:（二）全部设备到货并安装完毕后10个工作日内，甲方支付合同总价的45%，即¥576,000。到货安装不视为验收。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的35%，即¥448,000。
H:四、工期
P:（一）乙方应于合同签订后75日内完成全部设备到货，并利用甲方安排的停产窗口逐台改造，每台停机不超过6日。
P:（二）全部4台压砖机应于合同签订后110日内具备验收条件。
P:（三）乙方应编制详细的改造施工计划，经甲方生产部门确认后执行。改造期间乙方应遵守甲方安全生产管理制度，施工人员须经甲方安全培训，动火、登高等作业须办理作业票。
P:（四）因甲方原因未能按计划提供停产窗口的，工期相应顺延，乙方不承担逾期责任。
H:五、验收
P:（一）每台设备改造完成后进行连续72小时带料试产，压制周期达到原设计节拍，砖坯厚度偏差不超过±0.3毫米，试产期间无控制系统原因停机。
P:（二）软件完成配方下发、曲线记录、报警推送及与MES数据对接测试，数据与现场仪表比对一致。
P:（三）4台设备全部通过上述测试后，由双方签署最终验收报告。设备投入生产不视为验收合格。
P:（四）任一项测试不合格的，乙方应在7日内完成整改并重新测试，重新测试仍不合格的，甲方有权要求更换设备或按第十一条处理。
H:六、质保及维保
P:（一）质保期为六个月，自最终验收合格之日起算。质保期内乙方免费更换非人为损坏的部件，免费修复软件缺陷。
P:（二）质保期满后，乙方提供维保服务，每个服务年度的维保费为软硬件小计的22%，即¥246,400，含定期巡检、备件更换及软件升级，维保费在三个服务年度内不作调整。
P:（三）维保按服务年度另行签订订单，不自动续期。
P:（四）维保服务内容包括：每季度一次现场巡检，检查PLC、比例阀、传感器及线缆状态；软件版本升级；易损件更换；每次巡检后提交书面巡检报告。
H:七、服务响应
P:（一）一级故障（压砖机因控制系统停机）乙方应在1小时内响应，8小时内到达现场处理；二级故障（单项功能异常）2小时内响应，次日内到场。
P:（二）乙方未按时响应或到场的，每超时一小时扣减¥500，从当期应付款或维保费中扣除。
P:（三）乙方应在佛山本地配备常用备件库，包括PLC模块、伺服驱动器及比例阀，保证一级故障时备件可在到场时一并带到。
P:（四）乙方设立7×24小时服务热线，并指定专人对接甲方设备部门。
P:（五）乙方应每月汇总故障记录，分析故障原因并提出预防措施。
P:（六）重大故障处理完毕后3日内，乙方应提交书面故障分析报告。
P:（七）维保期间更换下来的旧部件归甲方所有，乙方应交还甲方。
H:八、知识产权
P:（一）乙方为本项目编写的PLC控制程序、工艺配方参数及与MES的接口程序，知识产权归甲方所有，乙方应交付源程序及注释。
P:（二）压制工艺管理软件产品本身的著作权归乙方，甲方获得永久使用许可。
P:（三）乙方保证所提供的设备和软件不侵犯任何第三方的知识产权，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:九、数据与保密
P:（一）生产数据、配方及工艺参数归甲方所有，乙方仅可为履行本合同使用，远程诊断须经甲方批准并通过甲方指定通道进行。
P:（二）乙方应采取访问控制、加密传输等安全措施保护甲方数据；因乙方原因造成数据泄露或丢失的，乙方应在2小时内通知甲方并承担赔偿责任。
P:（三）乙方对甲方的配方、工艺和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后继续有效。
P:（四）乙方在改造过程中接触甲方其他生产线或设备资料的，同样负有保密义务。
P:（五）乙方工程师远程登录甲方设备须使用甲方分配的账号，每次登录前征得甲方设备部门同意，操作结束后及时退出并记录操作内容。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:（三）改造后设备因乙方原因造成停产的，乙方除按本合同承担责任外，还应赔偿甲方的直接损失，包括报废砖坯和原料损失。
P:（四）乙方提供的设备应为全新合格产品，如发现翻新或与合同约定型号不符的，甲方有权要求退换，并由乙方承担由此产生的全部费用。
H:十一、分包与解除
P:（一）乙方如需将土建或电缆敷设分包，须事先取得甲方书面同意，并对分包方行为负责。
P:（二）乙方逾期超过30日，或改造后设备两次验收不合格，或有其他严重违约经催告后10日内未纠正的，甲方有权解除合同并要求赔偿损失。
P:（三）合同解除的，乙方应在15日内退还甲方已付款项，并负责将已拆除的原设备恢复至可运行状态。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:十三、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：设备清单、技术方案、验收记录表。
P:甲方（盖章）：佛岭新瓷陶瓷有限公司　　代表：__________
P:乙方（盖章）：南粤恒控自动化设备有限公司　　代表：__________
P:日期：2026年4月7日
"""

Z03 = """中央厨房订货系统SaaS服务及实施合同

合同编号：QM-IT-2026-006

甲方：沪禾记餐饮管理有限公司（经营"禾记包子"连锁品牌，门店150家）
乙方：云厨汇科技（杭州）有限公司

鉴于甲方拟通过统一的订货系统连接150家门店与中央厨房，乙方拥有"云厨汇"中央厨房供应链SaaS平台，双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方提供"云厨汇"平台门店订货、中央厨房生产计划、配送排线、库存及对账模块的订阅服务，账号覆盖150家门店及中央厨房。
1.2 乙方提供一次性实施服务：组织架构与商品资料配置、历史订货数据迁移、与甲方财务系统和收银系统的接口开发、门店店长培训。
1.3 服务期为两个服务年度，自2026年5月1日起至2028年4月30日止。
1.4 乙方提供门店端APP、中央厨房端网页及管理驾驶舱，门店可通过手机、平板或收银机下单，中央厨房可按品类和线路生成生产计划和拣货单。
1.5 乙方为甲方指定一名客户成功经理，每季度与甲方回顾系统使用情况，提出优化建议。

2. 费用
2.1 门店订阅费：每家门店每服务年度¥1,380，150家门店每服务年度合计¥207,000。
2.2 中央厨房模块订阅费：每服务年度¥48,000。
2.3 实施费¥86,000，数据迁移费¥18,000，均为一次性费用。
2.4 服务期内合同总价为¥614,000（订阅费两个服务年度合计¥510,000，一次性费用¥104,000）。
2.5 服务期内新增门店，按第2.1条单价按月折算计费，不计入本合同总价。
2.6 门店关闭的，甲方可书面通知乙方停用相应账号，自次月起按停用门店数减少订阅费。

3. 付款
3.1 订阅费按季度结算，乙方于每个季度结束后开具发票，甲方在收到发票后20个工作日内支付该季度费用。
3.2 实施费和数据迁移费在上线验收合格后20个工作日内一次性全额支付。
3.3 本合同不设预付款。

4. 实施与验收
4.1 乙方应于2026年6月30日前完成全部实施工作，具备上线条件。
4.2 上线验收标准：150家门店均可正常下单；订单汇总到中央厨房生产计划的时间不超过5分钟；配送排线结果与甲方人工排线核对无重大差异；接口对账数据与财务系统一致；迁移的历史订货数据逐月核对一致。
4.3 甲方在收到验收申请后10个工作日内组织验收并签署验收单。系统上线运行或门店使用不视为验收合格。
4.4 乙方未能按期通过上线验收的，每逾期一日向甲方支付违约金¥500。
4.5 实施期间乙方应派驻实施顾问不少于2名，按周提交实施进度报告。门店培训应覆盖全部150家门店的店长及订货负责人，可采用集中培训和线上培训相结合的方式。
4.6 甲方应按实施计划提供商品资料、门店资料及配送线路资料，并指定项目负责人。因甲方资料延误造成的实施延期，乙方不承担逾期责任。

5. 服务水平
5.1 平台每月可用率不低于99.5%，计划内维护应在凌晨1点至5点之间进行并提前48小时通知。
5.2 一级故障（门店无法下单或中央厨房无法接单）30分钟内响应，2小时内恢复；二级故障1小时内响应，当日解决。
5.3 月可用率每低于承诺值0.5个百分点，按当月订阅费的5%给予服务抵扣；一级故障恢复超时的，每次另扣当月订阅费的2%。当月抵扣总额不超过当月订阅费的20%。
5.4 乙方每月向甲方提供服务报告，列明可用率、故障次数、处理时长及抵扣金额。甲方对报告有异议的，双方应在10个工作日内核对确认。
5.5 每日早上5点至9点为门店集中订货时段，乙方不得在该时段安排任何计划内维护或版本发布。
5.6 乙方应在每次版本发布前至少3个工作日通知甲方，并提供更新说明。
5.7 新版本上线后出现影响门店下单的问题的，乙方应在1小时内回退至上一版本，并向甲方说明原因。

6. 续约
6.1 服务期满前60日内任何一方未书面提出不续约的，本合同自动续展一个服务年度，此后亦同。
6.2 每次续展时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在服务期满前45日书面通知甲方。

7. 知识产权
7.1 平台及其底层软件的知识产权归乙方所有。
7.2 乙方为甲方定制的报表、接口程序和配置方案归甲方所有，甲方可自由使用、修改或委托他人维护。
7.3 乙方保证平台不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担责任。

8. 数据
8.1 甲方在平台中产生的门店、商品、订单、价格及配送数据归甲方所有，乙方仅为向甲方提供本合同服务而使用，不得用于其他目的。
8.2 乙方应采取加密存储、访问权限控制、操作日志留存和每日异地备份等措施，数据存储于中国境内，平台通过网络安全等级保护三级测评。
8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
8.4 合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。
8.5 乙方人员访问甲方生产数据须经甲方授权，并保留访问日志不少于六个月，甲方有权查阅。
8.6 乙方每季度对平台进行一次安全漏洞扫描，并将结果及修复情况书面告知甲方。
8.7 乙方不得在境外存储、处理或访问甲方数据，乙方运维人员应签署保密承诺书。

9. 保密
9.1 双方对在合作中获知的对方商业秘密，包括甲方的门店经营数据、配方和采购价格，负有保密义务，保密期限至合同终止后三年。
9.2 乙方不得在宣传材料中使用甲方品牌或将甲方列为案例，除非事先取得甲方书面同意。
9.3 双方员工因履行本合同接触对方保密信息的，各方应确保其员工遵守本条约定。

10. 分包
10.1 乙方不得将本合同项下的服务分包给第三方，确需将接口开发分包的，应事先取得甲方书面同意。
10.2 经甲方同意分包的，乙方对分包方的工作及数据安全承担连带责任。

11. 违约与解除
11.1 任何一方违反本合同约定的，应赔偿由此给对方造成的损失。
11.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金，但乙方不得因此暂停门店订货服务。
11.3 乙方严重违约，包括连续两个月可用率低于承诺值、发生重大数据泄露，或其他违约经书面通知后15日内未纠正的，甲方有权书面通知解除合同，乙方应退还已付未使用的费用。

12. 法律适用与争议
12.1 本合同适用中华人民共和国法律。
12.2 争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

13. 其他
13.1 本合同附件包括：服务说明书、实施计划、服务水平说明。
13.2 本合同履行期间，双方联系人及联系方式发生变化的，应在3个工作日内书面通知对方。
13.3 本合同一式两份，双方各执一份，经双方签字盖章后生效。

甲方（盖章）：沪禾记餐饮管理有限公司　　授权代表：__________　　日期：2026年4月15日
乙方（盖章）：云厨汇科技（杭州）有限公司　　授权代表：__________　　日期：2026年4月15日
"""

Z04 = """江城市热力有限公司换热站监控系统运维服务合同

项目名称：换热站监控系统年度运维服务（2026—2027供暖年度）
采购方式：竞争性磋商　　合同编号：JCRL-YW-2026-09

甲方：江城市热力有限公司
乙方：北辰智联运维服务有限公司

甲方通过竞争性磋商确定乙方为本项目成交供应商。依据《中华人民共和国民法典》及磋商文件、乙方响应文件，双方订立本合同。

一、服务范围
（1）运维对象：甲方调度中心的换热站监控平台、226座换热站的现场PLC、通信终端、温度压力流量仪表、电动调节阀控制器及视频监控设备，清单见附件。
（2）服务内容：平台日常运行维护、数据库维护、现场设备巡检与故障处理、通信链路监测、供暖季前全面检修及调度值班技术支持。
（3）平台日常运行维护包括服务器、数据库、中间件和监控软件的运行检查、日志分析、数据备份与恢复演练；数据备份每日一次，恢复演练每季度一次。
（4）服务期自2026年5月1日起至2027年4月30日止，其中2026年11月1日至2027年3月31日为供暖期，乙方须安排驻场人员。
（5）乙方应在服务开始后20日内完成全部换热站设备台账核对，建立运维档案，包括设备型号、安装位置、通信方式及历史故障记录，并提交甲方确认。
（6）乙方应每月提交运维月报，内容包括巡检情况、故障统计、备件消耗、平台运行指标和改进建议；供暖期内每周提交运行周报。

二、服务费用与支付
（7）本合同总价为固定价格人民币伍拾捌万陆仟元整（¥586,000），含人工、交通、工具、常用备件及税费。单件价格超过¥3,000的备件由甲方另行采购。
（8）服务费按季度支付，每季度¥146,500。乙方在每季度结束并经甲方季度考核合格后开具发票，甲方在10个工作日内支付。
（9）本合同不设预付款。
（10）乙方按甲方要求更换的备件，应提供合格证明，并按备件更换记录逐项登记。

三、服务水平
（11）监控平台月可用率不低于99.95%。
（12）一级故障（平台中断、调度中心失去10座以上换热站数据）乙方15分钟内响应，2小时内到达现场；二级故障（单站失联或控制失效）1小时内响应，供暖期内6小时内修复；三级故障当日处理。
（13）供暖期内每座换热站每月巡检不少于1次，非供暖期每季度不少于1次。
（14）平台月可用率每低于承诺值0.1个百分点，扣减当季度服务费的2%；一级故障响应或到场每超时一小时，扣减¥800。扣减在季度付款时直接抵扣。
（15）寒潮、降雪等极端天气预警期间，乙方应增派工程师值守，并在预警发布后2小时内完成重点换热站的远程巡检。
（16）乙方应建立故障工单系统，每张工单记录报修时间、响应时间、到场时间、处理结果和甲方确认意见，作为考核依据。

四、考核与验收
（17）甲方按季度对乙方服务进行考核验收，标准为：巡检完成率达到计划数；现场数据上传完整率不低于98%；故障工单按时关闭率不低于95%；供暖期调度值班无脱岗。
（18）供暖季前全面检修应于2026年10月15日前完成，检修完成后由甲方逐站抽查，抽查比例不低于两成，抽查合格方为检修验收通过。
（19）季度考核结果以双方签字的考核表为准，考核不合格的，乙方应在10日内整改并重新考核。
（20）服务期满时，乙方应向甲方移交全部运维档案、账号清单和技术资料，并配合甲方与后续服务单位完成交接，交接期不少于15日。
（21）甲方可随时对乙方服务进行抽查，抽查发现巡检记录与现场情况不符的，当次巡检视为未完成，并计入季度考核。
（22）乙方对考核结果有异议的，可在收到考核表后3个工作日内书面提出，双方共同复核。

五、延误责任
（23）乙方未能在2026年10月15日前完成全面检修的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（24）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（25）因乙方原因造成换热站停热、设备损坏或用户投诉的，乙方应赔偿甲方由此产生的直接损失，并承担相应的整改费用。

六、知识产权与成果
（26）乙方在服务中形成的巡检记录、运维报告、配置文件和维护脚本归甲方所有，乙方应随季度考核一并交付。
（27）乙方对平台进行的任何配置变更，须提前提交变更申请，经甲方批准后在非供暖高峰时段实施，并做好回退准备。

七、数据安全与保密
（28）监控平台数据、管网及换热站运行数据、用户信息归甲方所有，乙方仅能为履行本合同使用，不得复制、外传或用于其他目的。
（29）乙方人员登录平台须使用甲方分配的实名账号并经堡垒机审计，禁止使用个人设备接入生产网络。乙方应遵守关键信息基础设施安全保护的有关规定。
（30）发生数据泄露或网络安全事件时，乙方应在1小时内报告甲方，配合处置；因乙方原因造成的损失由乙方全部承担。
（31）乙方使用的运维工具和软件须经甲方安全检查，不得在生产网络中安装未经甲方批准的程序。
（32）乙方及其人员对在服务中知悉的甲方管网布局、调度参数及经营信息承担保密义务，未经甲方书面同意不得披露，保密义务在合同终止后继续有效。

八、人员与分包
（33）乙方应配备项目经理1名、驻场工程师3名，人员变更须经甲方同意。
（34）驻场工程师应具备自动化或计算机相关专业背景，熟悉PLC及组态软件，乙方应在服务开始前提交人员名单、资格证书及联系方式。
（35）乙方不得将本合同服务转包或分包给任何第三方。
（36）乙方驻场人员应遵守甲方调度中心管理制度和安全规程，进入换热站须佩戴工作证并做好进出登记。乙方人员在服务中发生的人身伤害由乙方自行负责。
（37）乙方应为驻场人员提供必要的工具、仪表和交通工具，并负责其劳动报酬和社会保险。

九、合同解除
（38）乙方连续两个季度考核不合格，或因乙方原因导致供暖期调度中断超过8小时，或有其他严重违约经书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期间结算费用。
（39）本合同期满自动终止，不自动续期。甲方如需后续服务，将依法另行采购。

十、法律适用与争议
（40）本合同适用中华人民共和国法律。争议协商不成的，提交江城仲裁委员会仲裁。

十一、其他
（41）磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（42）本合同履行中需要变更服务内容的，双方应签订书面补充协议，补充协议与本合同具有同等效力。
（43）本合同履行期间，乙方的名称、地址、联系人发生变化的，应及时书面通知甲方。乙方发生合并、分立或重大经营变化可能影响履约的，应提前书面告知甲方并提出保障措施。
（44）附件：换热站清单、巡检标准、考核评分表、应急预案。附件与本合同正文具有同等法律效力。

甲方（盖章）：江城市热力有限公司　　代表：__________
乙方（盖章）：北辰智联运维服务有限公司　　代表：__________
签订日期：2026年4月22日
"""

Z05 = """# 蜀麻数智 炒料线管理软件 许可及定制开发合同（标准文本 V3.2）

> 本文本为乙方标准合同文本。

合同编号：SMSZ-2026-HG-031

- **甲方（买方）**：重庆渝香园食品有限公司
- **乙方（卖方）**：成都蜀麻数智软件有限公司

甲方因火锅底料炒料生产线管理需要，向乙方采购"蜀麻炒料线管理系统"软件许可及定制开发服务。双方经协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供蜀麻炒料线管理系统标准版软件永久许可，用于甲方两条炒料生产线。

1.2 乙方根据甲方需求进行定制开发，包括：配方与投料管理、原料称量追溯、炒锅温度曲线采集、与甲方MES及金蝶系统的接口。

1.3 乙方负责软件安装部署、基础数据配置及操作培训。

1.4 软件主要功能包括：配方版本管理、投料计划、原料批次管理、称量防错、炒锅温度及搅拌时间记录、成品批次追溯、生产报表。

1.5 甲方负责提供服务器、网络环境、称量设备接口资料及配方数据，并指定项目联系人配合乙方工作。

1.6 软件的具体功能以双方签字确认的《需求说明书》为准，需求说明书在合同签订后20日内由乙方编写、甲方确认。

1.7 软件许可按服务器授权，许可数量为一套生产服务器和一套测试服务器，客户端用户数不限。

## 第二条 合同价款

|序号|项目|金额（元）|
|---|---|---|
|1|炒料线管理系统标准版软件许可|360,000|
|2|定制开发（配方、称量追溯、温度曲线、接口）|248,000|
|3|安装部署、配置及培训|52,000|
||**合计**|**660,000**|

合同总价为人民币陆拾陆万元整（¥660,000），含税。

乙方为甲方提供的服务器及数据库软件不在本合同范围内，由甲方自行采购。乙方人员差旅费用已包含在合同总价中。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即¥330,000，乙方收款后启动项目。

3.2 软件安装部署完成后5个工作日内，甲方支付剩余50%，即¥330,000。

3.3 甲方逾期付款的，乙方有权暂停服务，并按每日千分之一收取滞纳金。

## 第四条 交付与验收

4.1 乙方在收到首期款后60日内完成软件安装部署及定制功能开发。如因甲方原因或需求变更造成延误，交付时间相应顺延。

需求变更是指在双方确认的需求说明书之外，甲方提出的新增或修改功能要求，需求变更的工作量和费用由双方另行商定。

4.2 软件安装部署完成即视为甲方验收合格。甲方在安装后提出的意见，乙方在后续版本中统筹考虑。

4.3 乙方向甲方交付：软件安装介质、用户手册、系统管理员手册及培训课件。

4.4 乙方为甲方提供两次集中培训，每次不超过两天，培训对象为甲方车间主任、配料员、质检员及系统管理员。

4.5 培训结束后，甲方应安排专人负责系统日常管理，乙方不承担甲方人员操作失误造成的后果。

## 第五条 质保与技术支持

5.1 软件质保期为六个月，自安装部署完成之日起算。质保期内乙方免费修复软件缺陷。

5.2 乙方通过电话、远程方式提供技术支持，在合理时间内处理甲方提出的问题。技术支持时间为工作日9:00至18:00，法定节假日及非工作时间的支持请求顺延至下一工作日处理；如需非工作时间现场支持，甲方应提前预约并另行支付加班服务费。

5.3 质保期满后，甲方如需继续获得技术支持和版本升级，应按乙方当年度公布的服务价格标准支付年度服务费。

5.4 以下情形不属于免费质保范围：甲方擅自修改软件或数据库；因甲方服务器、网络或称量设备故障导致的问题；甲方新增的功能需求。

5.5 乙方现场服务需甲方提前3个工作日预约，质保期内的现场服务每月不超过一次，超出部分按乙方人员日费率另行收费。

## 第六条 知识产权

6.1 本合同项下的软件及乙方为甲方定制开发的全部功能模块、接口程序、源代码及文档，知识产权均归乙方所有。

6.2 甲方获得在本企业内部使用的非独占使用权，不得修改、反编译或提供给第三方。

6.3 甲方新建生产线需使用本软件的，应另行向乙方购买许可。

## 第七条 数据

7.1 甲方生产数据存储于甲方服务器，乙方应采取访问控制和加密措施保护数据安全，远程维护须经甲方同意；因乙方原因造成数据泄露的，乙方应及时通知甲方并承担相应赔偿责任。

7.2 甲方同意，乙方可将甲方系统中的生产工艺数据进行脱敏处理后，用于乙方产品的改进、行业模型训练及行业分析报告，本项权利在合同终止后继续有效。

7.3 甲方应自行做好服务器数据备份，乙方在远程维护前提醒甲方备份。因甲方未备份造成的数据损失，乙方不承担责任。乙方远程维护时使用甲方提供的临时账号，维护结束后由甲方关闭。

## 第八条 保密

8.1 双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。甲方配方信息属于甲方商业秘密。

8.2 保密义务在本合同终止后继续有效，直至相关信息进入公知领域。

8.3 乙方可在宣传资料和客户名单中使用甲方名称及标识，用于介绍乙方的行业案例。

## 第九条 责任限制

9.1 乙方因本合同承担的全部赔偿责任，累计不超过本合同总价的20%，包括违约、侵权及其他任何原因产生的责任。

9.2 乙方不对甲方的间接损失、利润损失、停产损失承担责任。

9.3 因甲方提供的配方数据、称量设备或服务器环境错误导致的生产损失，由甲方自行承担。

## 第十条 项目人员与合作方

10.1 乙方有权根据项目需要，将部分开发、实施工作交由乙方的合作伙伴完成，无需征得甲方同意。乙方对合作伙伴的工作质量负责。

10.2 乙方项目经理由乙方指定，乙方可根据工作安排调整项目人员，并通知甲方。

## 第十一条 合同解除

11.1 任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除后，已支付的软件许可费不予退还。

11.3 甲方未按约定付款超过30日的，乙方有权解除本合同，并要求甲方支付已完成工作的费用。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方均不承担违约责任。

12.3 一方违约给对方造成损失的，应在本合同第九条约定的范围内承担赔偿责任。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方协商解决；协商不成的，由乙方所在地人民法院管辖。

## 第十四条 其他

14.1 本合同未尽事宜，双方另行协商签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 本合同附件包括：报价单、需求说明书、培训计划。附件与本合同具有同等效力。

|甲方（盖章）：重庆渝香园食品有限公司|乙方（盖章）：成都蜀麻数智软件有限公司|
|---|---|
|代表：__________|代表：__________|
|日期：2026年5月6日|日期：2026年5月6日|
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. OS-CN-2026-118
P:This Software Licence and Services Agreement is made on 9 March 2026 between Orobica Software S.r.l., a company incorporated in Italy with its registered office at Via Borgo Palazzo 71, 24125 Bergamo, Lombardy ("Vendor"), and Foshan Linmu Home Furnishing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan, Guangdong ("Customer").
P:Background. Customer manufactures panel furniture and wishes to replace its spreadsheet-based cutting and production planning with Vendor's NestPlan software. Vendor has agreed to license the software, configure it for Customer's two panel-cutting lines and integrate it with Customer's ERP, on the terms below. At Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means Vendor's NestPlan production planning and nesting software, version 8, in object code, with its user documentation.
P:1.2 "Custom Deliverables" means the ERP interface, the label and report templates, the machine post-processors and any other work product created by Vendor specifically for Customer under this Agreement.
P:1.3 "Final Acceptance" means the written acceptance certificate signed by Customer under Article 5.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence and Services
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its Shunde factory for six named Planner seats and one production server, for Customer's own business.
P:2.2 Vendor shall install the Software, configure the material library and cutting rules, develop the Custom Deliverables, migrate the current part library and train Customer's planners and maintenance staff, as set out in Annex 1 (Statement of Work).
P:2.3 Customer shall provide site access, a server meeting Annex 2, a named project manager and timely decisions.
P:2.4 Vendor shall appoint a project manager with experience of at least two comparable furniture projects and a Mandarin-speaking application consultant, who shall be on site during installation, acceptance testing and the first two weeks of production use. Vendor shall not replace the project manager without Customer's consent, which shall not be unreasonably withheld.
P:2.5 Vendor shall submit a project plan within 15 days of signature and a written progress report every two weeks, listing completed tasks, open issues, risks and the decisions needed from Customer.
H:Article 3 Price
P:3.1 The Contract Price is CNY 604,000, made up as follows: Planner seat licences, 6 x CNY 58,000 = CNY 348,000; production server licence CNY 96,000 (Licence Subtotal CNY 444,000); configuration, ERP interface and post-processors CNY 138,000; training CNY 22,000.
P:3.2 The Contract Price is fixed and includes all taxes payable in China, travel, and all services under this Agreement during the warranty period.
H:Article 4 Payment
P:4.1 Customer shall pay: (a) 20% of the Contract Price (CNY 120,800) within 20 days of signature, against Vendor's invoice; (b) 45% (CNY 271,800) within 20 days after the Software is installed and the interface is ready for testing; and (c) 35% (CNY 211,400) within 20 days after Final Acceptance.
P:4.2 Installation and readiness for testing do not constitute acceptance. Payments are made by bank transfer to Vendor's account with its Shanghai correspondent bank.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall complete installation within 60 days of signature and make the system ready for acceptance testing within 120 days of signature.
P:5.2 Acceptance tests, as detailed in Annex 3, shall show that: (a) nesting for a reference batch of 200 orders completes in under ten minutes; (b) material yield on the reference batch is not lower than Customer's current manual result; (c) cutting programs run on both lines without manual correction for ten consecutive production days; (d) orders and bills of material pass from the ERP without error for ten consecutive days.
P:5.3 When all tests pass, Customer shall sign the Final Acceptance certificate within 10 days. If any test fails, Vendor shall correct the defect and repeat the test. Production use of the Software before Final Acceptance is not acceptance.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for 18 months from Final Acceptance. During that period Vendor provides corrections, new versions and support free of charge.
P:6.2 After the warranty period, Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, i.e. CNY 48,840 per year, fixed for the first three support years. Support is ordered year by year and does not renew automatically.
P:6.3 Support requests are classified by severity. Severity 1 (a cutting line stopped because of the Software) shall receive a response within 2 hours and a workaround within 8 hours; Severity 2 a response within 8 business hours; Severity 3 a response within 3 business days.
P:6.4 For each full hour by which Vendor misses a Severity 1 response or workaround time, Vendor shall credit Customer CNY 600 against the next invoice, or pay that amount if no invoice is due.
P:6.5 Vendor shall provide support by telephone, e-mail and remote session in Mandarin and English. Severity 1 support is available at all times; other requests are handled between 8:30 and 18:00 China Standard Time on business days. Vendor shall keep a log of all requests, with their severity, response and resolution times, and send it to Customer every month.
P:6.6 The warranty does not cover defects caused by modifications made by Customer without Vendor's instructions, or by hardware or third-party software not listed in Annex 2.
H:Article 7 Delay
P:7.1 If Vendor misses the date for readiness for acceptance testing in Article 5.1 for reasons attributable to it, Vendor shall pay Customer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 Delay damages do not prevent Customer from terminating under Article 13.
H:Article 8 Intellectual Property
P:8.1 The Software and Vendor's pre-existing tools remain the property of Vendor and its licensors.
P:8.2 The Custom Deliverables, including their source code, belong to Customer from creation. Customer may use, modify and license them freely, including to its contractors. Vendor delivers the source code at Final Acceptance.
H:Article 9 Customer Data and Data Security
P:9.1 All production data, order data, part libraries and other data that Customer enters or generates in the system ("Customer Data") belong to Customer. Vendor may use Customer Data only to perform this Agreement.
P:9.2 Vendor accesses Customer's systems remotely only through the VPN account issued by Customer, with Customer's approval for each session, and shall not copy Customer Data outside Customer's systems. Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law in performing this Agreement.
P:9.3 Vendor shall notify Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate remedial action, and be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including Customer's product designs, prices and customer lists, and use it only for this Agreement. This obligation survives termination for three years.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, breach of Articles 9 or 10, or infringement of third-party rights.
P:11.2 Neither party is liable for loss of profit or indirect loss, except under the exclusions in Article 11.1.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within 30 days after notice, or if delay damages under Article 7 reach their maximum. Vendor shall then refund the amounts paid for undelivered items.
P:13.2 Vendor may terminate if Customer fails to pay an undisputed amount within 60 days after a written reminder.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and limits the effects.
P:14.2 If a force majeure event lasts longer than 60 days, either party may terminate this Agreement by written notice, and Vendor shall refund the amounts paid for undelivered items.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Italy.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language is English.
H:Article 16 General
P:16.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two English originals, one for each party. Annex 1 Statement of Work; Annex 2 Server Requirements; Annex 3 Acceptance Test Plan.
P:For Orobica Software S.r.l.: ____________________ Name: Giulia Brembilla, Managing Director
P:For Foshan Linmu Home Furnishing Co., Ltd.: ____________________ Name: Chen Zhiyuan, General Manager
"""

E02 = """# Tessitrama Cloud — Order Form No. TC-2026-0457

**Provider:** Tessitrama S.r.l., Via Galcianese 102, 59100 Prato, Tuscany, Italy, acting through its branch office in Shanghai
**Customer:** Shaoxing Keqiao Huaxin Textile Trading Co., Ltd., Keqiao District, Shaoxing, Zhejiang, PRC
**Order Date:** 20 April 2026

This Order Form is governed by the Tessitrama General Terms attached below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A — Order Details

| Item | Description | Fee (CNY) |
|---|---|---|
| Subscription | Tessitrama Cloud Professional: fabric library, colour matching, sampling workflow and buyer portal, 45 named users, 2 TB storage | 268,000 per Subscription Year |
| Onboarding | Data import of 18,000 fabric articles, colour library set-up, ERP connector, training for 45 users (one-off) | 36,000 |
| **Total Contract Value** | 2 Subscription Years + Onboarding | **572,000** |

- **Subscription Term:** two Subscription Years, from the Subscription Start Date of 1 June 2026 to 31 May 2028.
- **Currency:** all fees are quoted and payable in CNY at the Customer's request.
- **Invoicing:** subscription fees are invoiced quarterly in advance, each invoice dated the first day of the quarter it covers, the first on the Subscription Start Date; payment is due within 30 days of the invoice date. The onboarding fee is invoiced after Onboarding Acceptance.
- **Additional users:** CNY 520 per user per month, ordered in writing; not part of the Total Contract Value.
- **Renewal:** the subscription ends at the end of the Subscription Term and does not renew automatically. A renewal requires a new Order Form signed by both parties.

## Part B — General Terms

### Section 1 Services

1.1 Provider shall make the Tessitrama Cloud service available to Customer's authorised users during the Subscription Term in accordance with the Documentation and these General Terms.

1.2 Provider shall perform the onboarding services described in Part A and complete them by 31 July 2026.

1.3 Customer is responsible for the accuracy of the data it uploads and for keeping user credentials secure.

1.4 Provider shall provide a named customer success manager who meets Customer's project team at least once per quarter to review usage, open issues and planned product changes. Provider shall give Customer at least 30 days' notice of any change that removes a feature Customer uses.

1.5 The service is provided in Chinese and English. User documentation and training materials are provided in Chinese.

### Section 2 Onboarding Acceptance

2.1 When onboarding is complete, Provider shall notify Customer. Customer shall test within 10 business days whether: (a) all 18,000 fabric articles have been imported with their attributes and images and reconcile with Customer's export file; (b) the ERP connector transfers sample orders and stock levels without error for five consecutive business days; (c) colour matching results on 50 reference swatches are within the tolerance stated in the Documentation; and (d) all users have been trained.

2.2 If all criteria are met, Customer shall sign an Onboarding Acceptance certificate. If not, Provider shall correct the defects and Customer shall test again. Use of the service in production is not acceptance.

2.3 If Onboarding Acceptance is not achieved by 31 July 2026 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.

### Section 3 Service Levels

3.1 Provider shall make the service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 22:00 and 06:00 China Standard Time.

3.2 Priority 1 incidents (the service unavailable to all users, or data corruption) shall receive a response within 1 hour and a workaround or fix within 6 hours, 24 hours a day, 7 days a week. Priority 2 incidents shall receive a response within 6 business hours. Priority 3 incidents shall receive a response within 2 business days.

3.3 If monthly availability falls below the commitment in Section 3.1, Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.5 percentage point (or part of it) below the commitment, up to 25% of that month's fee. Credits are deducted from the next invoice or refunded at the end of the term.

3.4 Provider shall publish a monthly service report showing availability and incident response times.

3.5 Incidents are reported through the support portal or the support hotline, which is staffed in Mandarin. Provider shall keep Customer informed of progress on every Priority 1 incident at least every hour until it is resolved and provide a written root-cause report within five business days.

### Section 4 Customer Data

4.1 All fabric data, images, prices, customer and supplier records and other content that Customer uploads to the service ("Customer Data") remain the property of Customer.

4.2 Customer grants Provider a licence to use Customer Data to provide the service. Customer also agrees that Provider may collect usage statistics and fabric attribute data derived from Customer Data, in aggregated and anonymised form, and use them to improve its products, to train its colour-matching models and to publish market benchmarks, during and after the Subscription Term.

4.3 Within 30 days after the end of the Subscription Term, Provider shall make Customer Data available for export in a standard format and then delete it from the production system.

4.4 Customer may export its fabric library and images at any time during the Subscription Term through the standard export function, at no extra charge.

### Section 5 Data Security

5.1 Customer Data is hosted in data centres located in mainland China. Provider shall maintain ISO/IEC 27001 certification and MLPS level 3 filing for the service, encrypt Customer Data in transit and at rest, and restrict access to personnel who need it.

5.2 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, investigate it, and take all reasonable measures to contain it.

5.3 Provider is liable for losses suffered by Customer as a result of a security incident caused by Provider's failure to comply with this Section 5.

### Section 6 Intellectual Property

6.1 Provider owns the service, the software and the Documentation. Customer receives a right to use them during the Subscription Term.

6.2 Colour libraries, report templates and workflow configurations created for Customer during onboarding ("Customer Configurations") belong to Customer, which may use, modify and license them freely, also after the Subscription Term.

### Section 7 Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including Customer's designs, prices and customer lists, and use it only for this agreement. This obligation continues for three years after the end of the Subscription Term.

### Section 8 Subcontracting

8.1 Provider shall not subcontract the performance of the services to any third party without Customer's prior written consent. Hosting is provided by the data centre operator named in the Documentation, which Customer hereby approves.

### Section 9 Liability

9.1 Each party's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

9.2 The limit in Section 9.1 does not apply to personal injury or to a party's wilful misconduct. Neither party is liable for indirect or consequential loss or loss of profit.

### Section 10 Term and Termination

10.1 This agreement runs for the Subscription Term.

10.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remainder of the term.

10.3 Provider may suspend access if an undisputed invoice remains unpaid 45 days after its due date and a written reminder has been sent.

10.4 On expiry or termination, Provider shall assist Customer with the transfer of Customer Data and Customer Configurations to Customer or a new provider for up to 30 days at no extra charge.

### Section 11 Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### Section 12 General

12.1 Notices must be in writing and sent to the addresses above. Neither party may assign this agreement without the other's written consent.

12.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, war or a general failure of public telecommunications networks, provided it notifies the other party promptly and does what it reasonably can to limit the effects.

12.3 This Order Form and the General Terms are the entire agreement of the parties on their subject.

**Signed for Tessitrama S.r.l.:** ____________________ Lorenzo Bardi, Sales Director
**Signed for Shaoxing Keqiao Huaxin Textile Trading Co., Ltd.:** ____________________ Xu Meiling, General Manager
"""

E03 = """T:Purchase Contract for Cold-Room Monitoring Sensors and Software
P:Contract No. TJBH-CG-2026-052
P:Buyer: Tianjin Binhai Hengxin Cold Chain Logistics Co., Ltd., No. 9 Haitong Road, Dongjiang Port Area, Tianjin, PRC.
P:Supplier: Etna Sensing S.r.l., Zona Industriale Blocco Palma, 95121 Catania, Sicily, Italy.
P:The Buyer operates a cold-storage park with 64 cold rooms and 32 loading docks and needs continuous temperature, humidity and door monitoring to meet GSP and food-safety requirements. Following a competitive procurement the Buyer has selected the Supplier. The parties agree as follows. All prices are in CNY.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the wireless sensors, gateways and door contacts listed in Clause 2, and supply a perpetual licence of its ColdSense monitoring software for installation on the Buyer's servers.
P:1.2 The Supplier shall configure alarm rules for each cold room, integrate alarms with the Buyer's SMS platform and warehouse management system, and train the Buyer's staff.
P:1.3 The detailed technical specification is Annex 1. The site layout with sensor positions is Annex 2.
P:1.4 All equipment shall be new, of current production, and certified for use in mainland China, including radio type approval for the gateways and sensors. Sensors installed in freezer rooms shall be rated for continuous operation at -30 C, and batteries shall have a stated life of at least 48 months at that temperature.
P:1.5 The Supplier shall deliver a complete as-built record: the final sensor positions on the site layout, serial numbers, calibration certificates traceable to national standards, gateway configurations and the alarm rule list for each cold room.
H:2. Contract Price
P:2.1 The Contract Price is CNY 835,000, fixed and inclusive of taxes, packing, transport to site, insurance, customs clearance and duties:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C, with calibration certificate|420|1,150|483,000
TB:2|LoRaWAN gateway with 4G backup|14|8,600|120,400
TB:3|Door contact sensor for loading docks and cold-room doors|96|420|40,320
TB:4|ColdSense monitoring software, perpetual licence, unlimited users|1|118,000|118,000
TB:|Hardware and Licence Subtotal|||761,720
TB:5|Installation, calibration and commissioning|1|64,280|64,280
TB:6|Training|1|9,000|9,000
TB:|Contract Price|||835,000
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 542,750) within 15 business days after all equipment has been delivered and installed and the Supplier has issued a valid invoice. Delivery and installation do not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% (CNY 292,250) within 15 business days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the site within 75 days after signature and complete installation and commissioning within 110 days after signature. Installation work in cold rooms shall follow the Buyer's safety rules and be scheduled so that no more than four rooms are out of service at a time.
P:4.2 If the Supplier is late in delivery or in completing commissioning, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.3 The Supplier shall appoint a site manager who speaks Mandarin and is present on site throughout installation and commissioning. The Supplier's staff shall follow the Buyer's rules for work in cold rooms, including protective clothing, the buddy system and time limits for work in freezer rooms, and shall attend the Buyer's safety induction before starting work.
P:4.4 The Buyer shall provide power outlets, network connections for the gateways and a server meeting Annex 1, and shall give access to the cold rooms according to the agreed schedule.
H:5. Acceptance
P:5.1 After commissioning the system runs on trial for 30 days. Final Acceptance requires that: (a) each sensor reads within plus or minus 0.3 C of a reference thermometer at two test points; (b) data from every sensor reaches the software at the configured interval with no more than 0.2% of readings missing during the trial run; (c) alarms reach the duty phone by SMS within 60 seconds in a test at each cold room; (d) the warehouse management system receives door events correctly; (e) no Severity 1 fault occurred in the last 15 days of the trial run.
P:5.2 The Buyer shall sign the Final Acceptance certificate within 7 days after the criteria are met, or state in writing which criteria are not met. Use of the system during the trial run is not acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective equipment free of charge, including batteries that fail earlier than stated in Annex 1, and provide software corrections and new versions.
P:6.2 The Supplier shall keep a stock of spare sensors and one spare gateway in Tianjin during the warranty period.
P:6.3 After the warranty period the Buyer may order annual support at 7.5% of the Hardware and Licence Subtotal (CNY 57,129 per year). This fee is fixed for the first two support years after the warranty. Support is ordered by purchase order each year and does not renew automatically.
P:6.4 Faults are classified as follows:
TB:Severity|Example|Response|On site or remote fix
TB:Severity 1|Software down, or a gateway serving a cold room offline|30 minutes|8 hours
TB:Severity 2|Single sensor failure, alarm delay|2 hours|2 business days
TB:Severity 3|Questions, reports, minor defects|1 business day|Next version
P:6.5 For each full hour by which the Supplier misses a Severity 1 response or fix time, the Supplier shall pay the Buyer CNY 600, deducted from any amount due.
P:6.6 During the warranty period the Supplier shall recalibrate every sensor once each year on site, at a date agreed with the Buyer, and issue new calibration certificates. Sensors found outside tolerance shall be replaced free of charge.
P:6.7 The Supplier shall provide telephone and remote support in Mandarin and keep a record of every fault reported, with the times of report, response and fix, which it shall send to the Buyer each month.
H:7. Intellectual Property
P:7.1 The ColdSense software and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:7.2 The site-specific configuration, alarm rules, dashboards and the interface to the warehouse management system developed under this Contract belong to the Buyer, which may use, modify and have them maintained by third parties freely.
H:8. Buyer Data and Data Security
P:8.1 All measurement data, alarm records and logs are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The software is installed on the Buyer's servers. The Supplier shall access them only remotely through the Buyer's VPN with approval for each session, shall not copy Buyer Data outside the Buyer's systems, and shall comply with PRC laws on data and network security.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and is liable for all losses caused by its breach of this Clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the non-public information received from the other party, including the Buyer's site layout, customer names and stock information, and shall not disclose it without prior written consent. This obligation survives the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
P:10.2 Neither party is liable for indirect loss or loss of profit, except in the cases excluded from the limit in Clause 10.1. Spoiled goods in a cold room caused by a failure of the system to raise an alarm are direct loss.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor. Local installation by a subcontractor requires the same consent.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if liquidated damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment and services not accepted and remove its equipment from the site at its own cost if the Buyer so requests.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:14. Miscellaneous
P:14.1 This Contract is made in English and Chinese; both texts are equally valid. Annex 1 Technical Specification; Annex 2 Site Layout; Annex 3 Acceptance Test Plan.
P:For the Buyer: ____________________ Date: ____________
P:For the Supplier: ____________________ Date: ____________
"""

E04 = """# MANAGED GUEST WI-FI AND NETWORK SERVICE AGREEMENT

Agreement No. NSN-HN-2026-014

**Provider:** Nuraghe Networks S.r.l., Viale Monastir 112, 09122 Cagliari, Sardinia, Italy
**Customer:** Hainan Lanwan Hotel Management Co., Ltd., Sanya Bay Road, Tianya District, Sanya, Hainan, PRC

Customer operates six resort hotels in Sanya and Lingshui and wishes to outsource the operation of its guest Wi-Fi and hotel network to Provider. Fees are in CNY.

## 1. DEFINITIONS

1.1 "Services" means the managed network services described in Schedule 1.
1.2 "Service Commencement" means the date on which Customer signs the transition acceptance certificate under Section 4.
1.3 "Term" means 36 months from Service Commencement.
1.4 "MRC" means the monthly recurring charge in Schedule 2.

## 2. SERVICES

2.1 Provider shall operate, monitor and maintain the guest and staff wireless networks, core and access switches, firewalls and internet links at the six hotels, as set out in Schedule 1.
2.2 Provider shall operate a 24x7 network operations centre, manage configuration changes, apply security patches and replace faulty equipment owned by Customer from the spare pool defined in Schedule 1.
2.3 Customer shall provide rack space, power, access for Provider's engineers and a single point of contact at each hotel.
2.4 Provider shall manage all changes to the network through a change process agreed with Customer. Standard changes, such as adding a guest room port or changing a Wi-Fi password, are carried out within one business day of request. Major changes, such as a firmware upgrade across a hotel, require Customer's written approval and are scheduled between 01:00 and 05:00 local time, outside check-in peaks and hotel events.
2.5 Provider shall keep the spare pool at the levels in Schedule 1 and replace any faulty access point, switch or firewall from it within the restoration times in Schedule 3. Equipment replaced from the spare pool remains Customer's property.
2.6 Provider shall review capacity every quarter and recommend upgrades where peak use in any building exceeds the thresholds agreed in the runbooks. Customer decides whether to buy the recommended equipment.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,740,000.
3.2 The MRC is invoiced monthly in arrears and paid within 30 days of invoice.
3.3 The transition fee is invoiced after Service Commencement. No advance payment is due.
3.4 Charges are fixed for the Term.

## 4. TRANSITION AND ACCEPTANCE

4.1 Provider shall complete the transition described in Schedule 1 by 15 July 2026.
4.2 Transition acceptance requires: (a) all access points, switches and firewalls are visible in Provider's monitoring with correct inventory; (b) guest portal log-in works in every building; (c) a throughput test of at least 50 Mbps per guest device in ten sample rooms per hotel; (d) failover to the backup internet link within 60 seconds in a test at each hotel; (e) the runbooks listed in Schedule 1 are delivered.
4.3 Customer signs the certificate within 5 business days after the criteria are met. Operation of the network before acceptance is not acceptance.
4.4 If Service Commencement is delayed beyond 15 July 2026 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

## 5. SERVICE LEVELS

5.1 The service levels and service credits are set out in Schedule 3. Provider shall report performance against them monthly.
5.2 Service credits are deducted from the next MRC invoice.
5.3 Provider shall send Customer a monthly service report by the fifth business day of each month, covering availability per hotel, all P1 and P2 incidents with their response and restoration times, changes carried out, spare pool levels and the service credits due.
5.4 The parties shall hold a service review meeting each quarter, in person in Sanya or by video, to discuss performance, recurring incidents, guest complaints about Wi-Fi and planned changes. Provider shall record the actions agreed and their owners.

## 6. CUSTOMER DATA

6.1 Guest log-in records, network logs, configurations and other data processed in performing the Services ("Customer Data") belong to Customer. Provider may use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## 7. INTELLECTUAL PROPERTY

7.1 Provider's tools, monitoring platform and methods remain Provider's property.
7.2 Network designs, configurations, scripts and runbooks prepared for Customer belong to Customer, which may use, modify and pass them to another provider freely.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party, including Customer's guest information, network design and passwords, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the Term.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 Provider shall assign a named service manager and keep at least two field engineers based in Sanya.
9.2 Provider shall not subcontract the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors.
9.3 Provider's engineers shall wear identification when on hotel premises, follow the hotel's rules on guest areas, dress and conduct, and enter guest rooms only when accompanied by hotel staff.
9.4 Provider shall replace any engineer whom Customer reasonably considers unsuitable, within 10 business days of Customer's written request.

## 10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury and wilful misconduct.
10.2 Neither party is liable for indirect loss or loss of profit.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically.
11.2 This Agreement may not be terminated by either party before the end of the Term. Customer's remedies for any failure by Provider are the service credits in Schedule 3, the delay damages in Section 4.4 and damages within the limit of Section 10.
11.3 At the end of the Term Provider shall hand over all configurations and documentation and support the transfer to a new provider for 30 days at no extra charge.

## 12. FORCE MAJEURE

12.1 Neither party is liable for failure caused by typhoon, flood, power failure of the public grid or other events beyond its reasonable control, provided it notifies the other party promptly.
12.2 During a typhoon warning Provider shall keep an engineer on standby at each hotel that Customer designates and restore the network as a priority once it is safe to do so.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou.

## 14. GENERAL

14.1 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to the contacts named in Schedule 1.
14.2 Neither party may assign this Agreement without the other party's prior written consent.
14.3 Each party shall bear its own costs of negotiating and signing this Agreement. This Agreement is signed in two English originals, one for each party, with a Chinese translation for reference.
14.4 This Agreement and its Schedules are the entire agreement of the parties on their subject. Amendments must be in writing and signed by both parties.

## SCHEDULE 1 — SCOPE

| Hotel | Rooms | Access points | Switches | Firewalls |
|---|---|---|---|---|
| Sanya Bay Resort | 420 | 610 | 38 | 2 |
| Yalong Garden Hotel | 260 | 372 | 22 | 2 |
| Dadonghai Hotel | 180 | 240 | 16 | 2 |
| Haitang Villas | 96 | 188 | 14 | 2 |
| Lingshui Bay Resort | 310 | 455 | 30 | 2 |
| Tianya City Hotel | 150 | 196 | 12 | 2 |

Transition tasks: inventory and audit, monitoring set-up, configuration backup, guest portal migration, runbooks for incident, change and spare handling.

## SCHEDULE 2 — CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-off | 84,000 |
| MRC, all six hotels | 36 months x 46,000 | 1,656,000 |
| **Total Contract Value** | | **1,740,000** |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Measure | Level | Service credit |
|---|---|---|
| Network availability per hotel per month | 99.95% | 3% of that hotel's share of the MRC per 0.1 point below |
| P1 incident (hotel-wide outage) response | 15 minutes | CNY 800 per hour late |
| P1 incident restoration | 3 hours | CNY 1,500 per hour late |
| P2 incident (building or floor outage) response | 1 hour | CNY 300 per hour late |
| P3 incident (single room or device) fix | next business day | none |

Service credits in a month are limited to 20% of the MRC for that month.

**For Provider:** ____________________ Alessandro Piras, Managing Director
**For Customer:** ____________________ Lin Hao, Chief Operating Officer
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. LD-NB-2026-207

Provider: Laguna Data S.r.l., Via Niccolo Tommaseo 60, 35131 Padua, Veneto, Italy
Customer: Ningbo Haiyun International Freight Forwarding Co., Ltd., Yinzhou District, Ningbo, Zhejiang, PRC

Customer forwards containers from Ningbo and Shanghai to European and Mediterranean ports and wishes to receive vessel schedules, port congestion indicators and estimated arrival times through an application programming interface (API) for use in its booking and customer tracking systems. Provider offers such data through its MareLink API. The parties agree as follows. All amounts are in CNY at the Customer's request.

1. DEFINITIONS
1.1 "API" means Provider's MareLink REST API, its endpoints and documentation.
1.2 "Data" means the vessel, schedule, port and estimated-arrival data delivered through the API.
1.3 "Subscription Year" means the period from 1 July 2026 to 30 June 2027 and the period from 1 July 2027 to 30 June 2028.
1.4 "Customer Systems" means Customer's booking system, tracking portal and internal reports.
1.5 "Integration Acceptance" means Customer's written confirmation that the criteria in clause 4.2 are met.
1.6 "Priority 1 incident" means an incident in which the API is unavailable or returns errors for all calls.

2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive right to call the API and use the Data in Customer Systems and in tracking information given to Customer's own clients during the Subscription Term.
2.2 The Subscription Term runs from 1 July 2026 to 30 June 2028.
2.3 The subscription includes up to 3,000,000 API calls per Subscription Year. Additional calls are charged at CNY 35 per 10,000 calls, invoiced quarterly in arrears; they are not part of the Contract Value.
2.4 Customer shall not resell the Data as a stand-alone data product.
2.5 Customer may display the Data, and information derived from it, to its own clients in booking confirmations, tracking pages and reports, with the attribution "Source: MareLink" where the Data is shown in a table or map.
2.6 Customer shall keep its API keys secure, shall not share them with third parties and shall inform Provider without delay if a key may have been compromised, so that Provider can replace it.
2.7 Provider may apply rate limits of no less than 50 calls per second per API key. Provider shall inform Customer in advance if Customer's use approaches the included call volume.

3. FEES AND PAYMENT
3.1 The subscription fee is CNY 186,000 per Subscription Year. The integration set-up fee is CNY 24,000, one-off.
3.2 The Contract Value is CNY 396,000 (two Subscription Years plus the set-up fee).
3.3 Subscription fees are invoiced quarterly in advance at the start of each quarter of the Subscription Term, starting on 1 July 2026, and are payable within 30 days. The set-up fee is invoiced after Integration Acceptance. There is no other advance payment.

4. INTEGRATION AND ACCEPTANCE
4.1 Provider shall provide sandbox credentials within 5 days of signature and support Customer's developers in connecting Customer Systems to the API.
4.2 Integration Acceptance requires that: (a) all endpoints listed in Annex A return valid responses from Customer Systems; (b) schedules for the 40 port pairs listed in Annex A are complete; (c) the mean absolute error of estimated arrival times on a two-week sample of Customer's shipments is within the value stated in Annex A; and (d) the median API response time is below 800 milliseconds.
4.3 Customer shall sign the Integration Acceptance certificate within 5 business days after the criteria are met. Live use before that date is not acceptance.
4.4 If Integration Acceptance is not reached by 31 July 2026 for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.
4.5 During integration Provider shall give Customer's developers access to a technical contact who answers questions in English or Mandarin within one business day, and shall hold a weekly call with Customer's project team until Integration Acceptance.
4.6 Customer shall provide a named technical lead, test environments for Customer Systems and the shipment sample needed for the test in clause 4.2(c). Delay caused by Customer's failure to do so extends the date in clause 4.4 accordingly.
4.7 Provider shall deliver, before Integration Acceptance, an integration guide describing each endpoint used by Customer, the error codes, the retry rules and the recommended caching intervals, with example requests.

5. SERVICE LEVELS
5.1 The API shall be available 99.95% of each calendar month, measured at Provider's gateway, excluding announced maintenance of no more than two hours per month.
5.2 Data freshness: vessel positions no older than 30 minutes and schedules updated at least daily.
5.3 Priority 1 incidents (API unavailable or returning errors for all calls) shall receive a response within 8 hours and a fix as soon as practicable. Priority 2 incidents shall receive a response within 2 business days.
5.4 If availability falls below the level in 5.1, Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each 0.5 percentage point below it, up to 25%, deducted from the next invoice.
5.5 Provider shall publish a status page showing the current state of the API and past incidents, and shall send Customer a monthly report showing availability, incidents and data freshness for the port pairs in Annex A.
5.6 Provider shall give Customer at least 90 days' written notice before withdrawing an endpoint or changing the structure of a response in a way that is not backward compatible, and shall keep the previous version available during that period.
5.7 Data quality: Provider shall correct errors in schedules or port data reported by Customer within two business days of the report, and shall describe its data sources and update methods in the documentation.

6. CUSTOMER DATA
6.1 Shipment references, queries and other data that Customer sends to the API ("Customer Data") belong to Customer. Provider may use Customer Data only to provide the API to Customer.
6.2 Provider shall host Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised staff and keep access logs for six months.
6.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take remedial measures, and is liable for Customer's losses caused by its breach of this clause 6.

7. INTELLECTUAL PROPERTY
7.1 Provider owns the API and the Data. Customer receives the rights in clause 2.
7.2 Integration code, mappings and reports written for Customer under this Agreement belong to Customer, which may use, modify and license them freely.
7.3 Provider warrants that Customer's use of the API and the Data in accordance with this Agreement does not infringe the rights of any third party, and shall defend Customer against any claim that it does.

8. SUBCONTRACTORS
8.1 Provider may use subcontractors and hosting providers to perform this Agreement by giving Customer written notice of each new subcontractor at least 15 days before it starts work. Provider remains responsible for its subcontractors.

9. LIABILITY
9.1 Each party's total liability under this Agreement is limited to 150% of the Contract Value, except for wilful misconduct and personal injury.
9.2 Neither party is liable for indirect loss or loss of profit.

10. TERM AND TERMINATION
10.1 This Agreement ends at the end of the Subscription Term and does not renew automatically. Any renewal requires a new written agreement.
10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. On termination for Provider's breach, Provider shall refund fees paid for the period after termination.
10.3 Provider may suspend access to the API if an undisputed invoice remains unpaid 30 days after its due date and a written reminder has been sent. Provider shall restore access within one business day after payment.
10.4 After the end of the Subscription Term Customer may keep and use Data received before that date in its historical records and reports, but shall stop calling the API.

FORCE MAJEURE
Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, war, epidemics and failures of public telecommunications networks, provided it notifies the other party promptly and takes reasonable steps to limit the effects. Service credits remain payable for unavailability not caused by such events.

11. GOVERNING LAW AND DISPUTES
11.1 This Agreement is governed by the laws of the People's Republic of China.
11.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

12. GENERAL
12.1 Notices shall be in writing to the addresses above. Annex A (Endpoints, Port Pairs and Acceptance Values) forms part of this Agreement.
12.2 Neither party may assign this Agreement without the other party's prior written consent, except to a company in the same group that takes over the relevant business.
12.3 This Agreement, with Annex A, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

Signed for Laguna Data S.r.l.: ____________________ Chiara Zanon, Director
Signed for Ningbo Haiyun International Freight Forwarding Co., Ltd.: ____________________ Wang Jun, General Manager
"""

SOURCES = {"h558z01": Z01, "h558z02": Z02, "h558e01": E01, "h558e03": E03}
TARGETS = {"h558z01": ("h558z01_civil_air_defence_siren_platform.pdf", "pdf"),
           "h558z02": ("h558z02_tile_press_control_retrofit.docx", "docx"),
           "h558e01": ("h558e01_furniture_nesting_software_licence.pdf", "pdf"),
           "h558e03": ("h558e03_cold_room_sensor_purchase.docx", "docx")}
PLAIN = {"h558z03_bun_chain_kitchen_ordering_saas.txt": Z03,
         "h558z04_heating_substation_monitoring_om.txt": Z04,
         "h558z05_hotpot_frying_line_software_supplier_template.md": Z05,
         "h558e02_textile_saas_order_form.md": E02,
         "h558e04_hotel_managed_wifi_service.md": E04,
         "h558e05_freight_data_api_subscription.txt": E05}
RAW = {"h558z01": Z01, "h558z02": Z02, "h558z03": Z03, "h558z04": Z04, "h558z05": Z05,
       "h558e01": E01, "h558e02": E02, "h558e03": E03, "h558e04": E04, "h558e05": E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(file, lang, cat, vals, extra):
    t = dict(zip(KEYS, vals))
    return {"file": file, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra}


G, S = "goods_or_licence", "service"
LABELS = {
 "h558z01": lab("h558z01_civil_air_defence_siren_platform.pdf", "zh", "software",
    [99.95, 0.5, False, "buyer", True, True, True, 0.02, None, 20, True, True, 36, 8, False, True, False, "PRC", G],
    {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
     "contract_value": 1320000}),
 "h558z02": lab("h558z02_tile_press_control_retrofit.docx", "zh", "hardware",
    [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 6, 22, False, True, False, "PRC", G],
    {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
     "contract_value": 1280000}),
 "h558z03": lab("h558z03_bun_chain_kitchen_ordering_saas.txt", "zh", "cloud",
    [99.5, 0.5, True, "buyer", True, True, True, 500 / 614000 * 100, None, None, True, None, None, None, True, True,
     False, "PRC", S],
    {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 614000}),
 "h558z04": lab("h558z04_heating_substation_monitoring_om.txt", "zh", "services",
    [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
     "PRC", S],
    {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 586000}),
 "h558z05": lab("h558z05_hotpot_frying_line_software_supplier_template.md", "zh", "software",
    [None, None, False, "supplier", True, False, True, None, 20, 50, False, False, 6, None, False, True, True, None,
     G],
    {"sla_clause": False, "ld_stated": False, "post_warranty_fee_capped": False, "acceptance_deemed_on_delivery": True,
     "contract_value": 660000}),
 "h558e01": lab("h558e01_furniture_nesting_software_licence.pdf", "en", "software",
    [None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Italy", G],
    {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
     "contract_value": 604000}),
 "h558e02": lab("h558e02_textile_saas_order_form.md", "en", "cloud",
    [99.5, 1, True, "buyer", True, False, True, 400 / 572000 * 100, 6 / 24 * 100, None, True, None, None, None,
     False, True, False, "PRC", S],
    {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 572000}),
 "h558e03": lab("h558e03_cold_room_sensor_purchase.docx", "en", "hardware",
    [None, 0.5, True, "buyer", True, True, True, 0.08, 200, None, True, True, 36, 7.5, False, True, False, "PRC", G],
    {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True, "acceptance_deemed_on_delivery": False,
     "contract_value": 835000}),
 "h558e04": lab("h558e04_hotel_managed_wifi_service.md", "en", "services",
    [99.95, 0.25, True, "buyer", False, True, True, 1200 / 1740000 * 100, 150, None, True, None, None, None, False,
     False, False, "PRC", S],
    {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 1740000}),
 "h558e05": lab("h558e05_freight_data_api_subscription.txt", "en", "cloud",
    [99.95, 8, True, "buyer", True, True, False, 300 / 396000 * 100, 150, None, True, None, None, None, False, True,
     True, "PRC", S],
    {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False, "contract_value": 396000}),
}

# TCO inputs (policy §4): fee base = itemised licence / hardware subtotal; warranty from acceptance; horizon 5 years
TCO_BASE = {"h558z01": 780000, "h558z02": 1120000, "h558z05": 360000, "h558e01": 444000, "h558e03": 761720}

DESIGN = {
 "h558z01": {"CR-LD-LOW", "CR-SLA-NO-REMEDY"},
 "h558z02": {"CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"},
 "h558z03": {"CR-SLA-AVAILABILITY", "CR-AUTO-RENEWAL"},
 "h558z04": set(),
 "h558z05": {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-IP-OWNERSHIP", "CR-DATA-OWNERSHIP", "CR-PREPAYMENT",
             "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-LD-MISSING", "CR-LIABILITY-CAP",
             "CR-SUBCONTRACT"},
 "h558e01": {"CR-GOVERNING-LAW"},
 "h558e02": {"CR-SLA-AVAILABILITY", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"},
 "h558e03": set(),
 "h558e04": {"CR-DATA-SECURITY", "CR-TERMINATION"},
 "h558e05": {"CR-CONFIDENTIALITY", "CR-SUBCONTRACT", "CR-SLA-RESPONSE"},
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * TCO_BASE[key] * years
    return fees / (x["contract_value"] + fees) * 100


def my_rules(key):
    """My own reading of policy.md §3, applied to my labels."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    return "high" if rules & HIGH else ("medium" if rules - LOW else ("low" if rules else "low"))


# ---- threshold scan -------------------------------------------------------------------------------------------
CN = "零〇一二三四五六七八九十两百千万"
BANNED = [
    r"99\.9(?!\d)", r"(?<![\d.])4\s*(?:个)?\s*小时", r"(?<![" + CN + r"])四\s*(?:个)?\s*小时", r"(?<!\d)240\s*分钟",
    r"(?<![\d.])4[\s-]*(?:hours?|hrs?|h)\b", r"\bfour[\s-]*hours?\b", r"(?<!\d)240[\s-]*minutes?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百千万\d零一二三四五六七八九])", r"千分之零点五",
    r"(?<![\d.])100\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"百分之一百",
    r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"\bthirty[\s-]*per",
    r"(?<![\d.])12\s*(?:个)?\s*月", r"(?<![" + CN + r"])十二\s*(?:个)?\s*月", r"\btwelve[\s-]*(?:calendar\s*)?months?\b",
    r"(?<!\d)12[\s-]*(?:calendar\s*)?months?\b", r"(?<![" + CN + r"])一\s*年", r"\bone[\s-]*year", r"(?<![\d.])1[\s-]*years?\b",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![一二三四五六七八九])", r"\bfifteen[\s-]*per",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", r"四成", r"百分之四十(?![一二三四五六七八九])", r"\bforty[\s-]*per",
    r"(?<![\d.])5\s*年", r"(?<![" + CN + r"])五\s*年", r"\bfive[\s-]*years?\b", r"(?<![\d.])5[\s-]*years?\b",
    r"(?<!\d)60[\s-]*months?\b", r"(?<!\d)60\s*个月", r"\bhundred[\s-]*per",
]
BANNED_RE = [re.compile(p, re.I) for p in BANNED]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "240分钟", "4 hours", "four hours", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year",
            "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "12 months", "12-month", "1 year"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十", "服务年度",
             "14 hours", "十四小时", "36个月", "三十六个月", "18 months", "25 years", "0.5%", "1,500%", "Subscription Year",
             "万分之二", "千分之一", "30 days", "30日", "15 分钟", "140%", "300%"]


def hits(text):
    return sorted({m.group(0) for rx in BANNED_RE for m in rx.finditer(text)})


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    covered = set()
    problems = []
    for key, lab_ in LABELS.items():
        rules = my_rules(key)
        assert rules == DESIGN[key], (key, rules ^ DESIGN[key])
        covered |= rules
        lab_["expected_rules"] = sorted(rules)
        stem = lab_["file"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab_, ensure_ascii=False, indent=1), encoding="utf-8")
        t = lab_["expected_terms"]
        for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)]:
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        s = tco_share(key)
        assert s is None or abs(s - 40) > 2, (key, s)
        built = read_back(OUT / lab_["file"])
        for v in variants(built) + variants(RAW[key]):
            h = hits(v)
            if h:
                problems.append((key, h))
        if lab_["language"] == "zh":
            n, n_ws = len(re.sub(r"\s", "", built)), len(built)
            ok = 2750 <= n <= 3000 and 2750 <= n_ws <= 3000
            print(f"{key} {lab_['file']}: {n} chars without whitespace, {n_ws} with; rules {sorted(rules)} "
                  f"risk {risk(rules)} tco {s} {'OK' if ok else 'LENGTH!'}")
        else:
            n = len(built.split())
            ok = 1450 <= n <= 1650
            print(f"{key} {lab_['file']}: {n} words; rules {sorted(rules)} risk {risk(rules)} tco {s} "
                  f"{'OK' if ok else 'LENGTH!'}")
        if not ok:
            problems.append((key, "length"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert [k for k in LABELS if not DESIGN[k]] == ["h558z04", "h558e03"]
    print("threshold / length problems:", problems or "none")
    assert not problems


if __name__ == "__main__":
    main()
