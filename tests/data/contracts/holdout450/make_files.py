"""holdout450: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (from this folder). Writes only into this folder.
Sources are kept below: .txt/.md are written as is; .docx/.pdf go through ../word_pdf.py (write(..., wrap_words=True)).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H450Z01 = """T:电子档案长期保存平台采购合同
P:合同编号：HDA-ZC-2026-031    采购方式：公开招标（政府采购）
P:甲方（采购人）：河东市档案局    地址：河东市滨江路88号
P:乙方（供应商）：杭州存证信息技术有限公司    地址：杭州市西湖区文三路259号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及河东市档案局电子档案长期保存平台采购项目（项目编号HDCG-2026-0117）的招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供电子档案长期保存平台软件许可（永久使用），并完成定制开发、历史数据迁移、部署实施和培训，使甲方具备电子档案接收、四性检测、长期保存、利用服务和异地备份的能力。
P:1.2 定制开发内容包括：与甲方OA系统及三个业务系统的归档接口、四性检测规则配置、保存格式转换策略、档案利用审批流程及统计报表。
P:1.3 部署地点为甲方机房及异地备份机房，服务器、存储和操作系统由甲方另行采购提供。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,260,000元（大写：贰佰贰拾陆万元整），含税，为固定总价，包括软件许可、开发、迁移、实施、培训、差旅及质保期内服务的全部费用。明细如下：
TB:序号|项目|金额（元）
TB:1|长期保存平台软件许可（永久，含存储管理与四性检测模块）|1,180,000
TB:2|定制开发（归档接口、检测规则、格式转换、利用流程、报表）|760,000
TB:3|历史电子档案数据迁移（约420万件）|226,000
TB:4|部署实施及培训（管理员及业务人员共60人次）|94,000
TB:合计||2,260,000
P:2.2 上表第1项以下称"软件许可费"。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即452,000元。
P:3.2 平台部署完成并通过初验后15个工作日内，甲方支付合同总价的45%，即1,017,000元。
P:3.3 试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，即791,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税专用发票。甲方付款以财政资金到位为前提，乙方应予配合。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后120日内完成平台部署、接口开发和数据迁移，并向甲方提交初验申请及全套技术文档。
P:4.2 乙方应指派具有档案信息化项目经验的项目经理驻场，未经甲方同意不得更换。
P:4.3 乙方应为甲方管理员和业务人员提供集中培训，内容包括平台管理、归档接收、四性检测、利用审批和应急恢复，培训结束后进行考核。
P:4.4 乙方应提交需求规格说明书、设计文档、接口文档、迁移方案、测试报告、用户手册和运维手册，随初验申请一并提交甲方。
H:第五条 验收
P:5.1 初验标准：平台功能符合招标文件技术要求；归档接口按约定格式完成接收，随机抽检500件，元数据完整率达标；四性检测对真实性、完整性、可用性、安全性逐项检测并生成报告；迁移后的件数、页数及哈希值与源数据逐一比对，全部一致。
P:5.2 初验合格后进入三个月试运行期。试运行期间平台无一级故障、迁移数据无丢失，并通过甲方委托的第三方软件测评和等级保护测评的，甲方组织最终验收并出具验收报告。
P:5.3 验收不合格的，乙方应在15日内整改并重新提请验收。平台上线使用或甲方支付任何款项，均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供缺陷修复、版本升级、性能调优和技术支持，每季度提交巡检报告。
P:6.2 质保期满后，甲方可续购维护服务，年度维护费不超过软件许可费的8%（即每年不超过94,400元），且质保期满后三个服务年度内不上调。续购与否由甲方决定。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.2 故障分级响应：一级故障（平台不可用或档案数据有丢失风险）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、1个工作日内解决；三级问题3个工作日内解决。
P:7.3 一级故障响应或恢复每超时1小时，乙方支付违约金1,000元；月度可用率每低于约定值0.01个百分点，乙方支付违约金2,000元，可从应付款项中扣除。
H:第八条 数据安全与数据归属
P:8.1 平台保存的全部电子档案、元数据、日志及迁移数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存或用于任何其他目的。
P:8.2 乙方人员应在甲方机房内经堡垒机操作，不得将数据带出甲方网络；乙方应落实网络安全等级保护第三级要求，做好访问控制、操作审计和备份校验。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、档案内容及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 定制开发成果（含源代码、接口程序、配置脚本及文档）的知识产权归甲方所有，甲方可自行修改、使用并许可第三方维护。乙方应在最终验收时移交源代码。
P:10.2 平台软件原有的知识产权仍归乙方，甲方获得永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方逾期超过60日，或交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十二条 分包与转包
P:12.1 乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:15.2 双方的通知以书面形式送达本合同首部所列地址。本合同未尽事宜，双方可签订补充协议。
P:甲方（盖章）：河东市档案局        乙方（盖章）：杭州存证信息技术有限公司
P:授权代表：                        授权代表：
P:日期：2026年  月  日              日期：2026年  月  日
"""

H450Z02 = """T:制瓶机控制系统改造及维保合同
P:合同编号：JT-SB-2026-0412
P:甲方（买方）：山东晶通玻璃瓶制品有限公司    地址：淄博市博山区经济开发区瓶城路6号
P:乙方（卖方）：济南恒控自动化工程有限公司    地址：济南市高新区舜华路1500号
P:甲方现有8台行列式制瓶机控制系统老化，故障频繁。经询价比选，甲方委托乙方对上述制瓶机的电气控制系统进行改造，并提供质保期后的维保服务。双方经协商，订立本合同。
H:一、改造范围
P:（一）拆除8台制瓶机原有继电器控制柜及定时鼓，更换为PLC控制系统和电子定时系统。
P:（二）为拨瓶、推瓶机构配置伺服驱动及电机，为每台机器配置HMI触摸屏，建设车间工业光纤环网。
P:（三）提供生产监控软件，实现机速、剔废、故障及产量数据的集中显示和报表导出。
P:（四）编写PLC程序和HMI画面，完成安装调试、旧系统拆除及操作培训。改造分四批进行，每批停机不超过6日，以减少对甲方生产的影响。
P:（五）改造后制瓶机保留原有机械部件，乙方不得擅自改动甲方机械结构。
H:二、合同价格
P:（一）合同总价为人民币1,500,000元（含13%增值税），包括设备、软件、运输、安装、调试、培训及质保期内服务费用。价格明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|制瓶机控制柜（含PLC及I/O模块）|8套|86,000|688,000
TB:2|伺服驱动及电机（拨瓶、推瓶机构）|8套|42,500|340,000
TB:3|HMI触摸屏|8台|9,800|78,400
TB:4|工业交换机及光纤环网|1批|56,600|56,600
TB:5|生产监控软件许可（含电子定时系统软件）|1套|168,000|168,000
TB:|软硬件小计|||1,331,000
TB:6|安装调试及旧系统拆除|1项|142,000|142,000
TB:7|操作及维修培训|1项|27,000|27,000
TB:|合计|||1,500,000
P:（二）上表第1至5项合计1,331,000元，以下称"软硬件小计"。
H:三、付款方式
P:（一）合同签订后7个工作日内，甲方支付合同总价的20%作为预付款，即300,000元。
P:（二）全部设备到达甲方厂区并经双方清点签收后7个工作日内，甲方支付合同总价的45%，即675,000元。
P:（三）全部8台制瓶机改造完成、安装调试结束后7个工作日内，甲方支付合同总价的35%，即525,000元。
P:（四）乙方收款前应开具等额增值税专用发票。
P:（五）乙方收款账户以乙方盖章确认的付款通知为准，账户变更应书面通知甲方。
H:四、交货与工期
P:（一）乙方应于合同签订后45日内将全部设备运至甲方厂区。
P:（二）乙方应于设备到货后60日内完成全部8台制瓶机的改造和调试。
P:（三）每批改造前，乙方应提前7日向甲方提交停机计划和施工方案，经甲方确认后实施；施工期间乙方应遵守甲方厂区安全、防火和高温作业管理规定。
P:（四）乙方应随设备提供出厂合格证、装箱单、电气图纸、PLC程序备份及中文使用说明书。
P:（五）设备包装应适合长途运输和厂区装卸，因包装不良造成的损坏由乙方负责。
H:五、安装调试与验收
P:（一）乙方负责设备安装、接线、程序下载和调试，甲方提供必要的停机时间、电源和现场配合。
P:（二）每台制瓶机安装调试完成、恢复生产后，即视为该台设备验收合格。全部8台设备安装调试完成，即视为本项目验收合格，双方不再另行组织验收。
P:（三）乙方应为甲方操作工和电工提供现场培训，使其掌握控制系统的日常操作、参数调整及常见故障处理。
H:六、质量保证
P:（一）质保期为十八个月，自全部设备安装调试完成之日起计算。质保期内设备及软件出现非甲方原因造成的故障，乙方免费维修或更换。
P:（二）质保期内乙方每季度上门巡检一次，并提交巡检记录。
P:（三）质保期内同一部件因质量问题更换两次以上的，乙方应更换为新品，并相应延长该部件的质保期。
H:七、维保服务
P:（一）质保期满后，乙方继续提供维保服务，维保费按软硬件小计的9%每年计取，即每年119,790元，质保期满后三个服务年度内不作调整，按季度支付。
P:（二）维保内容包括定期巡检、备件更换、程序维护和故障处理，备件按成本价另计。
P:（三）维保期间乙方应保持常用备件库存，保证备件在48小时内送达甲方现场。
H:八、服务水平
P:（一）一级故障（任一制瓶机因控制系统故障停机）：乙方接报后1小时内远程响应，6小时内到场，12小时内恢复生产。
P:（二）二级故障（单一功能异常，不影响生产）：乙方接报后2小时内响应，48小时内处理完毕。
P:（三）一级故障到场或恢复每超时1小时，乙方向甲方支付违约金800元，从当期款项中扣除。
P:（四）乙方每次处理故障后应填写服务报告，由甲方设备部签字确认。
H:九、数据安全
P:（一）制瓶机工艺参数、配方、生产及质量数据均归甲方所有，乙方仅为改造和维保目的使用，不得复制、带离或用于其他客户。
P:（二）乙方进行远程维护须经甲方事先批准，通过甲方指定的VPN接入，每次操作留存日志；不得在控制网络中接入未经检测的U盘或电脑。
P:（三）因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应立即通知甲方、协助恢复生产，并赔偿甲方全部损失。
H:十、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面及报表模板的知识产权归甲方所有，乙方应在调试完成时移交程序源文件及注释，甲方可自行修改和使用。
P:（二）生产监控软件的著作权归原权利人，甲方获得永久使用许可。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方交付的设备不符合约定的，甲方有权要求更换，并由乙方承担由此产生的费用。
P:（四）乙方人员在甲方厂区施工期间发生人身伤害或财产损失的，由乙方负责处理并承担责任，但因甲方原因造成的除外。
H:十二、分包
P:（一）未经甲方书面同意，乙方不得将本合同的任何部分分包给第三方。
H:十三、合同解除
P:（一）乙方逾期超过30日，或经两次维修仍不能使设备正常运行的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿损失。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，提交淄博仲裁委员会仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、改造进度计划。
P:（二）双方联系人：甲方设备部王工，乙方项目部刘工。联系人变更应书面通知对方。
P:（三）本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：山东晶通玻璃瓶制品有限公司        乙方（盖章）：济南恒控自动化工程有限公司
P:代表签字：                                  代表签字：
P:日期：2026年  月  日                        日期：2026年  月  日
"""

H450Z03 = """宠物医院病历及会员管理系统服务合同

合同编号：CP-SAAS-2026-017

甲方（客户）：成都安宠动物医院连锁管理有限公司
地址：成都市武侯区天府大道北段1700号
乙方（服务商）：上海宠医云科技有限公司
地址：上海市闵行区申长路988号

鉴于甲方在四川省及重庆市经营37家宠物医院门店，需要统一的电子病历、会员及收银管理系统；乙方是宠物医疗SaaS服务提供商。双方经平等协商，就乙方向甲方提供系统订阅服务及实施服务事宜订立本合同。

1. 服务内容
1.1 乙方通过其云平台向甲方37家门店及总部提供以下订阅服务：电子病历（门诊、住院、检验影像报告）、会员与储值卡管理、疫苗及驱虫提醒、收银与库存、总部经营报表。
1.2 实施服务：历史病历及会员数据迁移（约28万条会员记录、96万份病历）、门店配置、与甲方现有检验设备和财务系统的接口对接、门店人员培训。
1.3 每家门店可开通不限数量的员工账号，总部可开通20个管理账号。
1.4 乙方应在合同签订后10个工作日内提交实施计划，明确数据迁移、门店配置、接口对接和培训的时间安排，经甲方确认后执行。门店上线按区域分三批进行，每批上线前乙方应完成门店网络和打印设备的检查。
1.5 甲方应指定项目负责人，协调各门店配合数据整理、设备联调和人员培训，并保证门店网络、电脑及打印设备满足乙方书面提出的最低配置要求。

2. 服务期限
2.1 订阅服务期为三个服务年度，自2026年3月1日起至2029年2月28日止。
2.2 本合同期满前30日内任何一方未书面提出不续订的，本合同自动续期一个服务年度，续期次数不限。
2.3 续期时，乙方有权根据其价格政策上调订阅费，每次上调幅度不超过上一服务年度订阅费的8%，乙方提前30日书面通知甲方即可，无需甲方另行同意。

3. 费用
3.1 订阅费：每家门店每服务年度6,800元，37家门店每服务年度合计251,600元，三个服务年度合计754,800元。
3.2 实施费：一次性138,000元。
3.3 合同总价为892,800元（含6%增值税）。订阅费已包含系统升级、数据备份、在线客服支持及每店每月500条会员短信提醒费用。新增门店按每家每服务年度6,800元另计。

4. 付款方式
4.1 订阅费按季度在每季度结束后15个工作日内支付，每季度62,900元。
4.2 实施费在上线验收合格后15个工作日内一次性支付。
4.3 本合同不设预付款。乙方收款前应开具增值税发票。

5. 实施与验收
5.1 乙方应于2026年2月20日前完成数据迁移、配置、接口对接和培训，使全部门店具备上线条件。
5.2 上线验收标准：迁移数据按抽样比对，会员余额、积分与原系统逐一核对一致，病历抽检2,000份无缺失；检验设备接口连续7日传输无差错；全部门店完成收银对账；门店人员培训考核合格率达到95%以上。
5.3 甲方在收到验收申请后10个工作日内组织验收。系统上线运行本身不视为验收合格。
5.4 乙方应为每家门店培训不少于2名系统管理员，为总部财务及运营人员提供专项培训，并提供操作手册和培训视频。新入职员工的线上培训在服务期内免费提供。

6. 服务水平
6.1 乙方保证系统月度可用率不低于99.5%（每月计划维护时间不超过4次，每次在凌晨1点至5点进行，并提前48小时通知甲方，不计入不可用时间）。
6.2 故障分级：一级故障指全部或多家门店无法开单、收银或调阅病历，乙方应在30分钟内响应，2小时内恢复；二级故障指单一门店或单一功能异常，2小时内响应，1个工作日内解决。
6.3 月度可用率低于约定值的，乙方按当月订阅费的5%给予服务抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障响应每超时1小时，抵扣当月订阅费的1%。
6.4 乙方应于每月5日前向甲方提交上月服务报告，列明可用率、故障记录、处理时长及服务抵扣金额，经甲方确认后在下一期付款中结算。
6.5 乙方进行版本升级前应提前5个工作日通知甲方，升级不得减少甲方已使用的功能，不得影响门店正常营业。

7. 数据安全与数据归属
7.1 甲方及其门店录入或迁移至系统的病历、会员、交易及库存数据均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的，不得向第三方提供。
7.2 乙方应将数据存储在中国境内的云平台，采取加密存储、传输加密、最小权限访问和操作日志审计等措施，每日备份，并通过网络安全等级保护第三级测评。
7.3 发生数据泄露、丢失或被篡改的，乙方应在发现后12小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
7.4 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，交付确认后彻底删除。
7.5 乙方每服务年度应向甲方提供一次数据安全自查报告。

8. 保密
8.1 双方对在履行本合同中获知的对方商业秘密、客户信息及技术资料负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。

9. 知识产权
9.1 乙方云平台及其软件的知识产权归乙方所有。
9.2 乙方为甲方定制的报表、打印模板、接口程序及配置方案的知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。
9.3 乙方保证其平台及服务不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担赔偿责任。

10. 违约责任
10.1 乙方未能在5.1约定日期前具备上线条件的，每逾期一日支付违约金900元。
10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
10.3 任何一方的累计赔偿责任以合同总价的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。

11. 分包
11.1 未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

12. 合同解除
12.1 乙方严重违约，或连续两个月月度可用率低于99%，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并按7.4条要求乙方交付数据。

13. 争议解决
13.1 本合同适用中华人民共和国法律。争议提交成都仲裁委员会仲裁。

14. 其他
14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
14.2 因地震、洪水、战争等不可抗力导致不能履行的，受影响一方应及时通知对方并提供证明，在影响范围内免除责任。公共云服务商的一般故障不属于不可抗力。
14.3 双方通知以书面形式发送至本合同首部地址或双方确认的电子邮箱。本合同附件包括：门店清单、功能清单、实施计划及服务水平说明，附件与本合同具有同等效力。
14.4 本合同履行中，如国家对宠物诊疗病历管理提出新的要求，乙方应在服务期内免费完成系统相应调整。

甲方（盖章）：成都安宠动物医院连锁管理有限公司
乙方（盖章）：上海宠医云科技有限公司
签订日期：2026年  月  日
"""

H450Z04 = """清川县河湖长制信息系统运维服务合同

项目名称：清川县河湖长制信息系统2026—2027服务年度运维服务
项目编号：QCCG-2026-C015（竞争性磋商）

甲方（采购人）：清川县水利局
地址：清川县人民路45号
乙方（成交供应商）：江西汇川数字科技有限公司
地址：南昌市红谷滩区丰和中大道1266号

依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就清川县河湖长制信息系统运维服务事项订立本合同。

（1）服务对象
清川县河湖长制信息系统，包括：河湖长制综合管理平台（含一河一档、巡河管理、事件处置、考核评价模块）、巡河APP及微信小程序、县乡两级数据库、接入平台的126个视频监控点位，以及与省级河湖长制平台的数据交换接口。

（2）服务内容
乙方负责上述系统的日常运行维护，具体包括：应用系统及数据库的巡检、故障处理和性能优化；巡河APP及小程序的适配与缺陷修复；河湖基础数据、河长名录和公示牌信息的更新与治理；视频监控点位的巡检与维修；安全巡检、漏洞修补和防汛期间的应急保障；每月向甲方提交运维月报。运维范围内硬件设备维修所需的常用配件由乙方承担，单件价值超过2,000元的配件经甲方确认后另行采购。河湖基础数据及河长名录的年度更新任务应于2026年10月31日前完成。

（3）服务期限
服务期自2026年4月1日起至2027年3月31日止。服务期满后，本合同终止，后续服务由甲方依法另行采购。

（4）运维工作要求
乙方应每日对平台运行状态、数据库空间和数据交换任务进行检查；每周对巡河APP主要功能进行测试；每月对视频监控点位在线情况进行统计并对离线点位安排现场处理；每季度对系统进行一次全面巡检并提交巡检报告。乙方发现系统缺陷或隐患的，应及时向甲方报告并提出处理建议。

（5）合同价款
本合同总价为人民币618,000元（含税），为固定总价，明细如下：
- 应用系统及数据库运维：286,000元
- 巡河APP及小程序运维：74,000元
- 河湖数据更新与治理：98,000元
- 视频监控点位运维（126个点位）：113,400元
- 安全巡检及应急保障：46,600元
合计：618,000元
合同价款已包含人员、差旅、备品备件、工具仪表及税费等全部费用，服务期内不因人员成本变化调整。

（6）付款方式
服务费按季度支付。每季度结束后，甲方按（11）项进行季度考核，考核合格后15个工作日内支付当季服务费154,500元；考核扣减的金额从当季服务费中扣除。本合同不设预付款。乙方应在合同签订前提交合同总价5%的履约保证金（30,900元），服务期满且年度验收合格后无息退还。

（7）人员要求
乙方应安排不少于2名专职运维工程师驻场服务，其中1名应具有数据库运维经验。汛期（每年5月至9月）乙方应另行安排1名工程师24小时电话值守。驻场人员更换须经甲方同意。驻场人员应遵守甲方考勤和机关管理制度，每月考勤记录作为考核依据之一。

（8）应急保障
汛期及台风、暴雨等预警期间，乙方应按甲方防汛指挥需要提供系统保障，提前检查平台、APP和视频点位，必要时增派人员驻场；重大活动保障期间实行值班制度，保障结束后提交保障报告。

（9）技术支持与培训
乙方每服务年度为甲方及乡镇河长办人员提供两次系统操作培训，并通过电话和工作群提供日常使用咨询，咨询应在工作日当日答复。

（10）服务水平
一级故障（平台或APP整体不可用、省级数据交换中断）：乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障（单一模块异常）：1小时内响应，1个工作日内解决；三级问题：3个工作日内解决。视频监控点位故障应在3日内修复。每次一级故障响应或恢复超时的，扣减当季服务费2,000元；点位超期未修复的，每点每日扣减100元。

（11）考核与验收
甲方每季度按磋商文件所附《运维考核细则》对乙方进行考核，考核内容包括故障处理时效、巡检记录完整性、数据更新及时率、视频点位在线率和月报质量，满分100分，85分以上为合格。季度考核结果在考核结束后5个工作日内书面通知乙方，乙方有异议的可在3个工作日内申请复核。服务期满前，乙方提交年度运维总结，甲方组织年度验收，以四个季度考核均合格且年度数据更新任务全部完成为验收合格标准。

（12）数据归属
平台中的河湖基础数据、巡河记录、事件及视频资料均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他用途。

（13）保密
乙方对在服务中知悉的甲方工作秘密、未公开信息和技术资料负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后仍须遵守。

（14）甲方义务
甲方应为驻场人员提供办公场所和网络条件，提供系统账号、技术资料和运维所需的授权；甲方对系统的重大变更应提前通知乙方，并在收到乙方月报后5个工作日内予以确认或提出意见。

（15）运维交接
服务开始后10个工作日内，乙方应与原运维单位完成交接，核对系统清单、账号、文档和遗留问题，形成交接记录。服务期满时，乙方应向甲方或甲方指定的单位移交运维文档、账号和未完成事项清单，并配合交接不少于10个工作日。

（16）知识产权
乙方在服务期间为甲方编写的脚本、报表、数据治理规则和技术文档，其知识产权归甲方所有，甲方可自由使用和修改。乙方保证其使用的工具软件不侵犯第三方权利。

（17）分包
乙方可将视频监控点位的现场巡检和维修工作分包给具备相应能力的单位，但应在分包前5个工作日书面告知甲方，并对分包单位的工作承担责任。

（18）违约责任
乙方未按（2）项约定完成河湖数据年度更新任务的，每逾期一日按合同总价的千分之一支付违约金。乙方考核连续两个季度不合格的，甲方有权解除本合同并要求乙方赔偿损失。甲方逾期支付服务费的，按逾期金额每日万分之三支付违约金。

（19）合同解除
乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同。合同解除后，乙方应按运维交接的约定完成移交，甲方按乙方实际完成并经考核的服务结算费用。

（20）不可抗力
因洪水、地震等不可抗力导致不能履行的，受影响一方应及时通知对方并在合理期限内提供证明，在影响范围内免除责任；但汛期正常降雨不属于不可抗力。

（21）争议解决
因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议期间，双方应继续履行合同中无争议的部分。

（22）其他
磋商文件、响应文件及成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。本合同未尽事宜，双方可签订补充协议。双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的不正当利益。

甲方（盖章）：清川县水利局
乙方（盖章）：江西汇川数字科技有限公司
签订日期：2026年  月  日
"""

H450Z05 = """# 订单及发货管理软件许可及定制开发合同

**（禾丰软件标准合同文本 V3.0）**

合同编号：HF-XS-2026-0088

- 甲方（用户）：广西桂香腐竹食品有限公司，地址：桂林市兴安县工业园区腐竹路8号
- 乙方（供应商）：南宁禾丰软件技术有限公司，地址：南宁市青秀区民族大道136号

甲方主营腐竹、豆皮等豆制品的生产与销售，经销商遍布华南及西南地区。甲方拟使用乙方"禾丰订单通"软件管理经销商订单、仓库发货及物流跟踪，并委托乙方进行定制开发。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方许可使用"禾丰订单通"软件V5版本（订单管理、发货管理、经销商门户三个模块），许可方式为永久使用许可，部署在甲方自有服务器上。

1.2 乙方根据甲方需求进行定制开发，包括：与甲方金蝶财务系统及地磅称重系统的接口、经销商订货微信小程序、按批次追溯的发货单打印格式。小程序支持经销商在线下单、查看可用库存、查询物流和对账。

1.3 乙方负责软件安装部署、数据初始化及培训。

1.4 软件许可用户数为50个并发用户，经销商门户账号数量不限。

1.5 乙方交付的软件为标准产品加定制功能，标准产品的功能以乙方产品说明书为准。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "禾丰订单通"软件许可（三个模块，永久） | 420,000 |
| 2 | 定制开发（财务及称重接口、订货小程序、发货单格式） | 150,000 |
| 3 | 安装部署、数据初始化及培训 | 38,000 |
| | 合计 | 608,000 |

合同总价为人民币608,000元（含税）。上表第1项为"软件许可费"。合同价款不含服务器、操作系统、数据库及网络设备费用，该等设备由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即334,400元，乙方收到该款项后启动项目。

3.2 软件通过验收后10个工作日内，甲方支付合同总价的45%，即273,600元。

3.3 甲方每次付款后，乙方在10个工作日内开具增值税专用发票。甲方逾期支付首期款的，交付期限相应顺延。

## 第四条 交付期限

乙方应在收到首期款后90日内完成软件部署和定制开发，具备试运行条件，并向甲方提交安装报告、接口说明、用户手册和管理员手册。甲方应为乙方提供服务器、网络、远程访问条件及必要的业务资料，并指定项目联系人；因甲方原因导致延误的，交付期限相应顺延。

## 第五条 培训

乙方为甲方提供两次集中培训，对象包括销售内勤、仓库发货员、财务人员和系统管理员，培训地点在甲方厂区。培训后乙方提供操作视频；经销商门户的使用说明由乙方协助甲方发送给经销商。

## 第六条 验收

6.1 乙方完成部署后，甲方按双方确认的《功能清单》逐项测试；订单、发货、对账流程在甲方实际业务中连续试运行15日，期间无一级故障、财务接口数据与金蝶系统核对一致的，即为验收合格，双方签署验收单。

6.2 甲方应在试运行结束后5个工作日内签署验收单或书面提出整改意见。

## 第七条 质保与维护

7.1 免费质保期为验收合格之日起六个月，质保期内乙方免费修复软件缺陷。

7.2 质保期满后，乙方提供年度维护服务，维护费按软件许可费的28%每年收取，即每年117,600元，于每个维护服务年度开始前支付。

7.3 一级故障（系统无法下单或发货）乙方在接到通知后8小时内响应，二级故障在2个工作日内响应。乙方尽力尽快解决故障，但不因响应或处理超时承担扣款、赔偿或违约责任。

7.4 维护服务期间，乙方提供电话、远程支持和每个维护服务年度一次现场巡检。质保期内乙方免费提供小版本升级，新增模块另行协商。甲方自行修改服务器环境导致软件不能运行的，乙方协助恢复，费用按每人天2,800元计收。

## 第八条 知识产权

8.1 "禾丰订单通"软件及其升级版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、小程序及其源代码、文档的知识产权归乙方所有。甲方在本合同有效期内享有非独占的使用权，不得修改、反编译或交由第三方使用。

## 第九条 数据安全与数据使用

9.1 甲方业务数据归甲方所有。乙方远程维护须经甲方同意，使用加密通道，不得擅自导出甲方数据；发生数据泄露的，乙方应在24小时内通知甲方，因乙方原因造成的损失由乙方赔偿。

9.2 甲方同意，乙方可将甲方订单、发货数据进行脱敏处理后，用于乙方产品改进、行业分析报告及其他客户的销售预测模型训练。

9.3 合同终止后，乙方不再保留甲方业务数据，经甲方确认后予以删除；但9.2所述脱敏数据不在此限。

## 第十条 保密

双方对本合同内容及履行中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 第十一条 分包

乙方可根据项目需要，将部分开发或实施工作交由其合作伙伴完成，无需取得甲方同意。乙方对合作伙伴的工作质量负责。合作伙伴人员进入甲方厂区的，应遵守甲方安全生产和食品卫生管理制度。

## 第十二条 违约责任

12.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务。

12.3 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%，且不承担任何间接损失或利润损失。

12.4 因甲方提供的资料错误或甲方原因造成延误的，乙方不承担逾期责任。

## 第十三条 合同解除

任何一方严重违约，经守约方书面通知后15日内未予纠正的，守约方有权解除本合同。合同解除后，乙方应在30日内移交已完成部分的安装程序和文档，甲方按已完成部分结算费用。

## 第十四条 不可抗力

因地震、洪水、疫情防控措施等不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，在不可抗力影响范围内免除责任。

## 第十五条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

本合同一式两份，双方各执一份，经双方盖章后生效。本合同文本为乙方标准文本，双方另有书面约定的从其约定。本合同附件包括《功能清单》《定制开发需求说明》和《实施计划》。通知以书面或电子邮件方式发送至双方指定联系人。

甲方（盖章）：广西桂香腐竹食品有限公司　　　　乙方（盖章）：南宁禾丰软件技术有限公司

日期：2026年　月　日　　　　　　　　　　　　　日期：2026年　月　日
"""

H450E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. WS-CN-2026-014
P:This Agreement is made between Wislosoft sp. z o.o., a company registered in Poland with its seat at ul. Zablocie 23, 30-701 Krakow, Poland (the "Vendor"), and Hebei Jinfeng Dairy Co., Ltd., a company registered in the People's Republic of China with its registered office at 18 Chengxi Road, Dingzhou, Hebei Province (the "Customer").
P:Background. The Customer operates two dairy plants and a central cold warehouse in Dingzhou and wishes to replace its spreadsheet-based stock control with a warehouse management system. The Vendor develops the Wisla WMS software and has offered perpetual licences, implementation and support in its proposal of 9 March 2026. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means Wisla WMS version 8, including the server component, user clients and radio-frequency (RF) terminal clients, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means the ERP interface, the cold-chain labelling templates, the batch traceability reports and any other software, configuration or document the Vendor prepares specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3. "Business Day" means a working day in the People's Republic of China.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's sites in China for the number of servers, named users and RF terminals set out in Article 3.
P:2.2 The Vendor shall install and configure the Software on the Customer's servers, develop the Custom Deliverables, migrate opening stock balances, train the Customer's key users and support the Customer through go-live and Final Acceptance.
P:2.3 Hardware, operating systems and database licences are provided by the Customer.
P:2.4 Each party shall appoint a project manager. The Vendor's project manager shall attend a weekly progress meeting, online or at the Customer's site, and send a written progress report every two weeks listing completed tasks, open issues and risks.
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and payable in Chinese yuan (CNY). The prices are fixed and include VAT and all travel expenses.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Wisla WMS server licence (perpetual)|1|420,000|420,000
TB:Named user licences (perpetual)|80|3,150|252,000
TB:RF terminal licences (perpetual)|40|2,300|92,000
TB:Licence subtotal|||764,000
TB:Implementation and configuration|1|318,000|318,000
TB:ERP interface and labelling templates|1|126,000|126,000
TB:Training (key users and administrators)|1|22,000|22,000
TB:Total Contract Price|||1,230,000
P:3.2 The three licence lines together are the "Licence Fees" (CNY 764,000).
H:Article 4 Payment
P:4.1 The Customer shall pay (a) 20% of the Total Contract Price (CNY 246,000) within 15 Business Days after signature of this Agreement, against the Vendor's invoice; (b) 45% (CNY 553,500) within 15 Business Days after go-live, meaning the first day on which all goods receipts and dispatches of both plants are processed in the Software; and (c) 35% (CNY 430,500) within 15 Business Days after Final Acceptance.
P:4.2 Payments are made by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve go-live within 100 days after signature of this Agreement.
P:5.2 Acceptance tests are run by the Customer with the Vendor's assistance according to the acceptance test plan attached as Annex 2. The Software and Custom Deliverables pass when: (a) all functions listed in Annex 1 work as specified; (b) a full stock count reconciles with the Software's stock records for every storage location; (c) the ERP interface transfers all receipts, dispatches and stock movements for 20 consecutive Business Days without loss or duplication; and (d) no Severity 1 or Severity 2 defect is open.
P:5.3 When the tests are passed the Customer issues a written Final Acceptance certificate within 10 Business Days. Go-live, productive use or any payment does not by itself constitute acceptance. If a test fails, the Vendor shall correct the defect and the test shall be repeated.
P:5.4 The Customer shall give the Vendor's consultants access to its sites, servers and key users as planned in the project plan. Delays caused by the Customer extend the dates in this Article accordingly.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and provide support free of charge.
P:6.2 The Vendor shall respond to a Severity 1 defect (warehouse operations stopped) within 1 hour, start remote work within 2 hours and provide a fix or workaround within 8 hours. Severity 2 defects are answered within 1 Business Day. For each full hour by which a Severity 1 response or fix is late the Vendor shall pay the Customer CNY 1,000.
P:6.3 The warranty does not cover defects caused by modifications made by the Customer without the Vendor's agreement or by failures of the Customer's hardware.
H:Article 7 Support After the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Fees, that is CNY 84,040 per year, and is fixed for the three support years following the Warranty Period. Any later change requires the written agreement of both parties and shall not exceed 3% per year.
P:7.2 Support is ordered by a purchase order of the Customer for each support year and does not renew automatically. Support covers the service levels of Article 6.2, new versions and telephone and remote assistance.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Customer upon payment. The Vendor shall deliver their source code and documentation with Final Acceptance. The Customer may use, modify and license the Custom Deliverables to third parties without restriction.
H:Article 9 Data Protection and Security
P:9.1 All data entered into or generated by the Software, including stock, batch, customer and supplier data, belongs to the Customer. The Vendor shall process it only to perform this Agreement and for no other purpose.
P:9.2 The Software runs on the Customer's own servers. The Vendor may access them only through the Customer's VPN with individual accounts, after the Customer's approval for each session, and shall not copy Customer data outside the Customer's systems. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer data caused by its personnel, cooperate in remedying it and compensate the Customer for the resulting loss.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
P:10.2 Confidential information does not include information that is public, already known to the receiving party or independently developed by it.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to achieve go-live by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid against return of the Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Poland.
P:14.2 Any dispute arising out of this Agreement that the parties cannot settle within 30 days shall be resolved by the common court competent for the Vendor's seat in Krakow, Poland.
H:Article 15 Final Provisions
P:15.1 This Agreement, with Annex 1 (functional specification) and Annex 2 (acceptance test plan), is the entire agreement of the parties. Amendments must be in writing. It is signed in two English originals.
P:15.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:15.3 Notices shall be in writing in English or Chinese and sent by courier or e-mail to the addresses above or to other addresses notified in writing.
P:For the Vendor: ____________________ Name: Tomasz Nowak, Management Board Member, Date:
P:For the Customer: ____________________ Name: Li Jianguo, General Manager, Date:
"""

H450E02 = """# ORDER FORM No. SH-2026-0231

**Shiftora s.r.o.** - Workforce Scheduling Service

| | |
|---|---|
| Vendor | Shiftora s.r.o., Holandska 1018/10, 639 00 Brno, Czech Republic, company ID 08412753 |
| Customer | Chengdu Tianfu Fresh Supermarket Co., Ltd., 66 Shuhan Road, Jinniu District, Chengdu, Sichuan Province, PRC |
| Service | Shiftora Cloud: staff scheduling, time and attendance, leave requests and labour-cost reporting for 42 supermarkets and 2 distribution centres |
| Subscription Term | 1 July 2026 to 30 June 2029 (three Subscription Years) |
| Hosting | Alibaba Cloud, Shanghai region (mainland China) |
| Named users | up to 2,400 employees |

## 1. Fees

At the Customer's request all fees are stated and payable in CNY and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | per Subscription Year, 2,400 employees | 264,000 |
| Subscription fees for the Subscription Term | 3 Subscription Years | 792,000 |
| Onboarding (configuration, data import, interface to the Customer's payroll system, training) | one-off | 86,000 |
| **Total fees under this Order Form** | | **878,000** |

Additional employees above 2,400 are charged at CNY 9 per employee per month, invoiced quarterly in arrears.

## 2. Invoicing and payment

2.1 The subscription fee is invoiced quarterly in arrears, CNY 66,000 per quarter, payable within 30 days after receipt of a correct invoice.

2.2 The onboarding fee is invoiced after Go-Live Acceptance under Section 3.3 of this Order Form and is payable within 30 days.

2.3 No advance payment is due under this Order Form.

## 3. Onboarding and Go-Live

3.1 The Vendor shall complete onboarding and make the Service ready for Go-Live for all sites by 15 June 2026.

3.2 Go-Live Acceptance tests: (a) the schedules of the last four weeks of every site can be reproduced in the Service; (b) attendance data from the Customer's 118 time clocks are imported every 15 minutes without loss for 10 consecutive days; (c) the monthly payroll export reconciles with the Customer's payroll system for one full month; (d) no Priority 1 or Priority 2 incident is open.

3.3 When the tests are passed the Customer signs a Go-Live Acceptance certificate. Use of the Service during testing is not acceptance.

3.4 If the Service is not ready for Go-Live by the date in Section 3.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 600 for each day of delay.

## 4. Order of precedence

This Order Form incorporates the General Terms below. If they conflict, this Order Form prevails.

Contacts: Vendor account manager Petr Novak; Customer project lead Wang Fang, IT Department. Changes of contacts are notified by e-mail.

Signed for the Vendor: ______________ (Jana Dvorakova, Managing Director)   Date:

Signed for the Customer: ______________ (Zhou Min, Chief Operating Officer)   Date:

---

# GENERAL TERMS

## Section 1. The Service

1.1 The Vendor provides the Service described in the Order Form as a hosted software service, accessible through a web browser and the Shiftora mobile app.

1.2 The Vendor may improve the Service from time to time but shall not materially reduce its functionality during the Subscription Term.

1.3 The Customer is responsible for the accuracy of the data it enters and for keeping its user credentials secure, and shall not use the Service in breach of applicable law.

1.4 The Service is provided in Chinese and English, with a mobile app available on the main Android app stores in China and on iOS.

## Section 2. Service Levels

2.1 Availability. The Service will be available at least 99.95% of each calendar month, excluding maintenance windows announced at least 5 days in advance and held between 01:00 and 05:00 Beijing time.

2.2 Support. Priority 1 incidents (the Service is unavailable or schedules cannot be published for any site) receive a response within 30 minutes and a workaround within 3 hours, 24 hours a day. Priority 2 incidents receive a response within 2 business hours. Other requests are answered within 1 business day.

2.3 Service credits. If availability in a month falls below the level in Section 2.1, the Customer receives a credit of 10% of the monthly subscription fee, and 25% if availability falls below 99.5%. Each Priority 1 response that is more than one hour late gives a further credit of 2% of the monthly subscription fee. Credits are deducted from the next invoice.

2.4 The Vendor shall send a monthly service report showing availability, incidents and credits within 10 business days after the end of each month.

## Section 3. Customer Data

3.1 Customer Data means all data that the Customer or its employees enter into the Service, including personal information of employees. As between the parties, the Customer owns Customer Data.

3.2 The Vendor shall use Customer Data to provide the Service. In addition, the Customer grants the Vendor a perpetual, royalty-free licence to use Customer Data in aggregated and anonymised form to improve the Service, to train its scheduling algorithms and to publish retail workforce benchmarks, during and after the Subscription Term.

3.3 At the end of the Subscription Term the Vendor shall make Customer Data available for export in CSV format for 30 days and then delete it.

## Section 4. Data Security

4.1 The Vendor shall store Customer Data only in mainland China, maintain an information security management system certified to ISO 27001, encrypt Customer Data in transit and at rest, restrict access to authorised staff with multi-factor authentication and keep access logs for at least 180 days.

4.2 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

4.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate remedial action and bear the costs and losses caused by incidents for which it is responsible.

4.4 The Vendor shall have the security of the Service tested by an independent tester once per Subscription Year and share a summary of the results with the Customer.

## Section 5. Intellectual Property

5.1 The Vendor owns the Service and all its software.

5.2 Reports, shift templates, interface mappings and other configurations made specifically for the Customer belong to the Customer, which may use, modify and pass them to any successor supplier.

5.3 The Vendor warrants that the Service does not infringe third-party rights in the People's Republic of China and shall defend the Customer against any claim that it does, at its own cost.

## Section 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of the Order Form and not disclose it to third parties without written consent, during the Subscription Term and for three years afterwards.

## Section 7. Subcontractors

7.1 The hosting provider named in the Order Form is approved by the Customer's signature. The Vendor shall not engage any other subcontractor or sub-processor without the Customer's prior written consent, and remains responsible for all of them.

## Section 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 The Vendor's total liability arising out of or in connection with the Order Form and these General Terms, whether in contract, tort or otherwise, shall not exceed the fees paid or payable by the Customer for the six months preceding the event giving rise to the claim.

## Section 9. Term and Termination

9.1 The Order Form runs for the Subscription Term and ends at its end. Any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate the Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If the Customer terminates for the Vendor's breach, the Vendor refunds any fees paid for the period after termination.

9.3 On expiry or termination the Vendor shall give reasonable assistance, at no extra charge, for up to 30 days to transfer Customer Data and configurations to the Customer or a new provider.

## Section 10. Governing Law and Disputes

10.1 These General Terms and the Order Form are governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## Section 11. General

11.1 Neither party may assign the Order Form without the other party's written consent. Notices must be in writing and sent to the addresses in the Order Form. Amendments must be signed by both parties.

11.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public telecommunications networks, if it notifies the other party promptly. If such an event affects the Service for more than 30 days, either party may terminate the Order Form.

11.3 The Order Form is signed in English. Each party bears its own costs of negotiating and signing it.
"""

H450E03 = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. HX-CG-2026-077
P:Buyer: Shandong Huaxin Cold Chain Logistics Co., Ltd., 9 Gangcheng Road, Linyi, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Tatrasense s.r.o., Vysokoskolakov 41, 010 08 Zilina, Slovak Republic (the "Supplier").
P:The Buyer is building a new cold-store site in Linyi with eight frozen chambers, four chilled chambers and a loading dock, and needs a wireless temperature, humidity and door monitoring system that meets the Good Supply Practice for pharmaceutical and food storage. Following its request for quotation, the Buyer accepts the Supplier's offer on the terms of this contract, which is the Buyer's standard purchase contract.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and server listed in Annex 1. "Software" means the ColdWatch monitoring software licence. "System" means the Equipment and the Software installed, configured and calibrated at the Site.
P:1.2 "Site" means the Buyer's cold store at 9 Gangcheng Road, Linyi. "Final Acceptance" means the Buyer's written acceptance under Clause 6.4.
H:2. Scope of supply
P:2.1 The Supplier shall supply, deliver to the Site, install, calibrate and commission the System, train the Buyer's staff and provide the validation documents needed for the Buyer's GSP temperature-mapping study.
P:2.2 Cabling inside the building is carried out by the Supplier; power outlets and network ports are provided by the Buyer.
P:2.3 The Supplier shall submit a detailed installation plan and a drawing of sensor positions within 20 days after signature for the Buyer's approval. Sensor positions shall follow the results of the Buyer's temperature-mapping study.
P:2.4 The Supplier's staff working at the Site shall follow the Buyer's safety rules, including the rules for work in frozen chambers, and wear protective clothing provided by the Supplier.
H:3. Price
P:3.1 At the Buyer's request the prices are stated in Chinese yuan (CNY). They are fixed, include VAT, packaging, transport to the Site, customs clearance and insurance, and are as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, -40 to +60 C, calibrated|320|860|275,200
TB:2|Wireless temperature and humidity sensor|80|1,240|99,200
TB:3|Gateway with 4G backup link|16|7,400|118,400
TB:4|Door-open sensor|48|520|24,960
TB:5|Monitoring server (rack-mounted, with UPS)|1|68,000|68,000
TB:6|ColdWatch monitoring software licence, perpetual, 600 points|1|96,000|96,000
TB:|Equipment and software subtotal|||681,760
TB:7|Installation, cabling and calibration|1|84,000|84,000
TB:8|Validation support and documentation|1|36,240|36,240
TB:|Contract Price|||802,000
P:3.2 Items 1 to 6 together are the "Equipment and Software Subtotal" (CNY 681,760).
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 80,200) within 20 days after signature, against an advance-payment guarantee of the same amount from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 441,100) within 20 days after all Equipment has been delivered to the Site and counted. Delivery and counting are not acceptance.
P:4.3 The Buyer shall pay the remaining 35% (CNY 280,700) within 20 days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the Site within 70 days after signature and complete installation and calibration within 30 days after delivery.
P:5.2 If delivery or completion is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate the contract under Clause 13.
P:5.3 The Supplier shall notify the Buyer of the shipping date and send the packing lists and calibration certificates at least 5 days before delivery. Risk in the Equipment passes to the Buyer on delivery to the Site; title passes on payment under Clause 4.2.
H:6. Testing and acceptance
P:6.1 After installation the Supplier shall demonstrate, in the presence of the Buyer, that: (a) every sensor reading deviates by no more than 0.5 C from a calibrated reference thermometer at three test points; (b) readings are recorded at least every 2 minutes and kept without gaps; (c) an alarm is sent by SMS and app within 60 seconds after a limit is exceeded or a door is left open; (d) the system keeps recording for 8 hours on UPS and gateway backup links when mains power and the wired network are cut.
P:6.2 The System shall then run for 14 consecutive days with all chambers in use, without data gaps or false alarms caused by the System.
P:6.3 The Supplier shall hand over calibration certificates for every sensor, the installation drawings and the validation documents.
P:6.4 When all conditions of Clauses 6.1 to 6.3 are met the Buyer signs the Final Acceptance certificate. Installation, use of the System or any payment is not acceptance.
P:6.5 If the System fails a test, the Supplier shall correct the cause at its own cost within 10 days and the test shall be repeated. If the System fails the repeated test, the Buyer may reject the System and terminate under Clause 13.
H:7. Warranty
P:7.1 The Supplier warrants the System for 36 months after Final Acceptance. During this period it shall repair or replace faulty Equipment, correct software defects and recalibrate any sensor found out of tolerance, free of charge, including parts, travel and shipping.
P:7.2 Sensor batteries are guaranteed for the full warranty period.
P:7.3 Equipment replaced under warranty is warranted for the rest of the warranty period or 6 months, whichever is longer. Spare parts shall remain available for at least seven years after Final Acceptance.
P:7.4 The Supplier shall train the Buyer's warehouse supervisors and IT staff in two sessions at the Site, covering daily use, alarm handling, calibration checks and battery replacement, and provide training materials in Chinese.
H:8. Service levels
P:8.1 Critical faults (loss of monitoring or alarms for a whole chamber or the whole Site): response within 1 hour by telephone and remote access, technician on Site within 8 hours, restoration within 24 hours. Minor faults (single sensor): replacement within 3 days.
P:8.2 For each full hour by which a critical fault response or restoration is late the Supplier shall pay CNY 500, deducted from any amount due or paid on request.
H:9. Service after the warranty
P:9.1 After the warranty period the Buyer may order annual maintenance at 7% of the Equipment and Software Subtotal per year (CNY 47,723.20), fixed for three years. The service levels of Clause 8 apply. Maintenance is ordered year by year by purchase order and does not renew automatically.
H:10. Data
P:10.1 All measurements, alarm records and logs produced by the System belong to the Buyer and may be used by the Supplier only to perform this contract.
P:10.2 The System is installed on the Buyer's own server; no data is sent to the Supplier's or any third party's cloud. The Supplier shall protect the Buyer's data with access control, password policy and encrypted remote access approved by the Buyer for each session, shall not copy it, and shall notify the Buyer within 12 hours of any security incident it causes. The Supplier is liable for losses resulting from such incidents.
H:11. Confidentiality and intellectual property
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's site layout and customer list, and use it only for this contract.
P:11.2 Configurations, alarm rules, reports and drawings prepared for the Buyer belong to the Buyer, which may use and modify them freely. The Software remains the property of its owner and is licensed to the Buyer perpetually.
H:12. Liability and subcontracting
P:12.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury and wilful misconduct, which are unlimited.
P:12.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund all amounts paid and remove the Equipment at its cost, unless the Buyer chooses to keep delivered Equipment at a reduced price agreed by the parties.
H:14. Governing law and disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Linyi Arbitration Commission.
P:14.2 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and provides evidence.
P:14.3 This contract is made in English and Chinese. If the versions differ, the Chinese version prevails. The Annexes form part of this contract.
P:Annex 1: Equipment list and chamber layout. Annex 2: Calibration and test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date:                                 Date:
"""

H450E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. AD-NB-2026-05

**Between**

**Alfold Digital Kft.**, a company registered in Hungary, Piac utca 42, 4025 Debrecen, Hungary ("Provider"); and

**Ningbo Haishu Kitchenware Co., Ltd.**, 128 Jiangxia Road, Haishu District, Ningbo, Zhejiang Province, People's Republic of China ("Customer").

**Background.** The Customer manufactures stainless-steel kitchenware in two plants in Ningbo and has about 650 desktop computers, laptops and shop-floor terminals and 38 servers. Its own IT team is small. The Provider runs a service desk and remote monitoring centre and has agreed to provide managed IT services to the Customer on the terms below.

## Clause 1. Services

1.1 The Provider shall provide the services described in Schedule 1 (the "Services") from the Service Commencement Date until the end of the Minimum Term.

1.2 The Services are delivered remotely from the Provider's service centre, with Mandarin-speaking service desk agents, and on site in Ningbo by the Provider's local engineers.

1.3 The Customer shall give the Provider remote access to its systems as agreed in the transition plan and shall name a contact person for the Services.

1.4 The Provider shall provide the Services with due skill and care, in accordance with good industry practice and the Customer's IT policies notified to it in writing.

## Clause 2. Term

2.1 The Minimum Term is 24 months from the Service Commencement Date, planned for 1 May 2026, and ends on 30 April 2028.

2.2 The Agreement ends at the end of the Minimum Term unless the parties agree in writing to extend it. There is no automatic renewal.

## Clause 3. Transition and Service Commencement

3.1 The Provider shall complete the transition activities in Schedule 1, Part B by 20 April 2026.

3.2 Service Commencement acceptance criteria: (a) all 650 endpoints and 38 servers are enrolled in the monitoring and patching tools and report correctly for 5 consecutive days; (b) the service desk has handled a test week of calls and tickets from both plants; (c) the knowledge base and runbooks listed in Schedule 1 are delivered and approved by the Customer. The Customer confirms acceptance in writing within 5 working days after the criteria are met.

3.3 If Service Commencement is delayed beyond 1 May 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

3.4 The Customer shall provide the information, access and cooperation reasonably needed for transition. Delays caused by the Customer extend the dates in this Clause accordingly.

## Clause 4. Charges and payment

4.1 The charges are set out in Schedule 2. At the Customer's request they are stated and paid in CNY and include VAT.

4.2 The monthly service charge is invoiced monthly in arrears and paid within 30 days after receipt of a correct invoice. The transition charge is invoiced after Service Commencement acceptance. The Customer pays nothing in advance.

4.3 The charges are fixed for the Minimum Term. Changes to the scope, such as additional devices, are agreed in writing; additional endpoints are charged at CNY 30 per device per month.

## Clause 5. Service levels

5.1 The Provider shall meet the service levels in Schedule 3. Performance is reported monthly.

5.2 If a service level is missed, the Provider grants the service credits in Schedule 3, deducted from the next invoice. Credits in any month shall not exceed 20% of that month's service charge.

5.3 The Provider shall hold a monthly service review with the Customer's IT manager to discuss performance, incidents, changes and improvement actions, and shall keep minutes of it.

## Clause 6. Customer data and security

6.1 All data on the Customer's systems, including design drawings, production data, personal information of employees and tickets, belongs to the Customer. The Provider may access and use it only to perform the Services.

6.2 The Provider shall access the Customer's systems only through the Customer's jump server with individual accounts and multi-factor authentication, shall not copy Customer data to its own systems except ticket records, which are kept on servers in mainland China, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

6.3 The Provider shall report any security incident involving Customer data to the Customer within 6 hours, assist in its containment and compensate the Customer for losses caused by incidents for which the Provider is responsible.

6.4 At the end of the Agreement the Provider shall return or delete any Customer data held by it and confirm this in writing.

## Clause 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only for this Agreement. This Clause survives termination for three years.

7.2 Information that is public or independently developed by the receiving party is not confidential information.

## Clause 8. Intellectual property

8.1 Runbooks, scripts, reports and documentation prepared specifically for the Customer belong to the Customer, which may use and modify them and hand them to any future service provider. The Provider keeps its own tools and methods.

8.2 The Provider warrants that its tools and deliverables do not infringe third-party rights.

## Clause 9. Personnel and subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for the acts of its personnel and approved subcontractors.

9.2 The Provider's personnel shall follow the Customer's site rules and information security policies. Key personnel named in the transition plan shall not be replaced without reasonable notice to the Customer.

## Clause 10. Liability

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 The Provider's total liability arising out of or in connection with this Agreement, including service credits and delay payments, shall not exceed CNY 300,000.

## Clause 11. Termination

11.1 The Provider may terminate this Agreement by written notice if the Customer fails to pay undisputed charges within 60 days after written notice.

11.2 The Customer may not terminate this Agreement before the end of the Minimum Term. If the Provider breaches this Agreement, the Customer's remedies are the service credits in Schedule 3 and damages within the limit of Clause 10.

11.3 On expiry the Provider shall hand over all Customer data, credentials, runbooks and documentation to the Customer or its new provider and give reasonable exit assistance for up to 30 days.

## Clause 12. Governing law and disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## Clause 13. General

13.1 Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public networks, provided it notifies the other party promptly.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices are sent in writing to the addresses above.

## Schedule 1 - Services

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | Telephone, chat and e-mail support in Mandarin and English, Monday to Saturday 07:30-20:30; on-call engineer outside these hours |
| A2 | Endpoint management | 650 devices: patching, antivirus, software deployment, asset inventory |
| A3 | Server and network monitoring | 38 servers, 46 switches, 2 firewalls: 24x7 monitoring and alerting |
| A4 | Backup management | Daily backup checks and monthly restore tests |
| A5 | On-site support | Local engineer in each plant on working days |
| B | Transition | Discovery, tool roll-out, knowledge transfer, runbooks |

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Service desk | per month | 31,000 |
| Endpoint management, 650 devices at CNY 30 | per month | 19,500 |
| Server and network monitoring | per month | 8,000 |
| Monthly service charge | per month | 58,500 |
| Monthly service charges for the Minimum Term | 24 months | 1,404,000 |
| Transition charge | one-off | 64,000 |
| **Total contract value** | | **1,468,000** |

## Schedule 3 - Service levels and credits

| Priority | Definition | Response | Resolution or workaround | Credit per missed incident |
|---|---|---|---|---|
| P1 | A plant's production systems, e-mail or network down | 30 minutes | 6 hours | 3% of monthly service charge |
| P2 | A department or critical user unable to work | 1 hour | 1 working day | 1% of monthly service charge |
| P3 | Single user, workaround available | 8 working hours | 3 working days | none |

| Measure | Target | Credit if missed |
|---|---|---|
| Service desk calls answered within 60 seconds | 90% of calls per month | 2% of monthly service charge |
| Patches deployed within 14 days of approval | 95% of endpoints | 2% of monthly service charge |

Signed for the Provider: ______________ (Gabor Kovacs, Managing Director)   Date:

Signed for the Customer: ______________ (Chen Lei, Finance Director)   Date:
"""

H450E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement reference: CD-XM-2026-118

PARTIES

(1) Carpathia Data S.R.L., a company incorporated in Romania, registered office at Strada Memorandumului 28, 400114 Cluj-Napoca, Romania ("Vendor").

(2) Xiamen Haitong Seafood Trading Co., Ltd., a company incorporated in the People's Republic of China, registered office at 306 Xiangyu Road, Huli District, Xiamen, Fujian Province ("Customer").

BACKGROUND

The Customer imports frozen seafood by reefer container from South America, Northern Europe and Southeast Asia. It wants to track its shipments and plan purchases using vessel positions, port call data and reefer freight rate indices. The Vendor collects such data from satellite and terrestrial AIS receivers and from carriers, and offers it through a web API. The Customer's logistics team currently checks carrier websites by hand for about 900 reefer containers a year. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Vendor's Maritime Data API, version 3, and its documentation published on the Vendor's developer portal.

1.2 "Vendor Data" means the vessel positions, port calls, schedules, estimated arrival times and freight rate indices made available through the API.

1.3 "Customer Data" means the lists of vessels, containers, bills of lading and ports that the Customer uploads or queries, and the results of its queries.

1.4 "Subscription Year" means the period from 1 June 2026 to 31 May 2027, or the period from 1 June 2027 to 31 May 2028.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and to use the Vendor Data for its internal business, including its purchasing, logistics and sales teams and its ERP system.

2.2 The subscription plan is "Reefer Trade Professional": global vessel positions updated every 15 minutes, port calls for 1,800 ports, reefer freight rate indices for 24 trade lanes, up to 300,000 API calls per calendar month and 25 user accounts for the web dashboard.

2.3 The Customer shall not resell the Vendor Data or make it available to third parties, except summaries in its own reports to its customers and banks.

2.4 The Customer may connect the API to its ERP and shipment tracking systems and may keep Vendor Data in those systems for its internal use during the Subscription Term and for two years afterwards for audit and accounting purposes.

2.5 The Vendor may change the API, but shall give at least 60 days' notice of any change that removes an endpoint or data field listed in Schedule 1 and shall keep the previous version available during that period.

3. SUBSCRIPTION TERM

3.1 The Subscription Term runs from 1 June 2026 to 31 May 2028 (two Subscription Years).

3.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties.

4. FEES AND PAYMENT

4.1 At the Customer's request the fees are stated and paid in CNY. The subscription fee is CNY 148,000 per Subscription Year, so CNY 296,000 for the Subscription Term, including VAT.

4.2 The subscription fee is invoiced quarterly in arrears, CNY 37,000 per quarter, and paid within 30 days after receipt of a correct invoice. No amount is payable in advance.

4.3 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. Unused calls are not carried over.

4.4 The fees are fixed for the Subscription Term. Payment is made by bank transfer to the account stated on the invoice, and each party bears its own bank charges.

5. ACCESS AND ACCEPTANCE

5.1 The Vendor shall issue API keys and dashboard accounts within 5 business days after signature, and in any case before 1 June 2026.

5.2 Within 10 business days after receiving the keys, the Customer may test the API against Schedule 1. The API passes when (a) every endpoint listed in Schedule 1 returns the data fields listed there; (b) positions are returned for at least 95% of a test list of 200 reefer vessels named by the Customer; and (c) freight rate indices are returned for all 24 trade lanes. If a test fails, the Vendor shall correct the failure and the test is repeated. The Customer confirms acceptance in writing.

5.3 The Vendor shall provide up to three remote onboarding sessions to help the Customer's IT staff connect the API to its systems, at no extra charge.

6. SERVICE AND SUPPORT

6.1 The Vendor will use commercially reasonable efforts to make the API available at all times, except for maintenance, which it will try to schedule outside business hours in China.

6.2 The Vendor provides support by e-mail and through its developer portal during its business hours in Romania. The Vendor will answer support requests as soon as reasonably practicable.

6.3 The Vendor Data is compiled from third-party sources. The Vendor will use reasonable care in compiling it but does not guarantee that it is complete or free of errors.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to provide the API and the dashboard to the Customer and for no other purpose. It shall not disclose it to other customers or third parties.

7.2 The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access limited to its support engineers, multi-factor authentication and access logs, and shall keep the Customer's dashboard data on servers in the European Union or, at the Customer's choice, in mainland China. Cross-border transfers shall comply with the applicable laws of the People's Republic of China.

7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take all reasonable steps to contain it and compensate the Customer for losses caused by incidents for which the Vendor is responsible.

7.4 On expiry the Vendor shall delete Customer Data within 30 days and confirm the deletion in writing.

7.5 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China to the extent they apply to Customer Data. The Customer shall not upload personal information unless it is needed for the tracking service.

8. INTELLECTUAL PROPERTY

8.1 The Vendor and its licensors own the API and the Vendor Data.

8.2 Any custom field mappings, data extracts or report templates that the Vendor prepares specifically for the Customer belong to the Customer, which may use and modify them freely.

8.3 The Vendor warrants that it has the right to license the Vendor Data to the Customer and shall defend the Customer against any third-party claim that the Customer's use of the API in accordance with this Agreement infringes that party's rights.

9. CONFIDENTIALITY

9.1 Each party shall keep the other party's confidential information secret and use it only to perform this Agreement. This obligation continues for three years after the Agreement ends.

9.2 Confidential information does not include information that is public or was known to the receiving party before disclosure.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract the provision of the API or the processing of Customer Data to any third party without the Customer's prior written consent.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business opportunity.

11.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total subscription fees for the Subscription Term.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.

12.3 On expiry or termination the Customer's access to the API ends. The Customer may keep Vendor Data already stored in its systems as stated in Clause 2.4.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

14. GENERAL

14.1 This Agreement, with Schedule 1 (API endpoints and data fields), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices are sent by e-mail and courier to the addresses above.

14.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a failure of satellite or public networks, provided that it notifies the other party promptly.

14.3 This Agreement is signed in English. Neither party may assign it without the other party's written consent.

SCHEDULE 1 - API ENDPOINTS AND DATA FIELDS

/vessels/positions - IMO number, vessel name, latitude, longitude, speed, course, timestamp
/vessels/portcalls - port, arrival time, departure time, berth where known
/schedules/eta - vessel, next port, estimated arrival time, last update
/rates/reefer - trade lane, index value, week, change against previous week
/containers/track - container number, carrier, status, location, event time

Signed for the Vendor: ______________ (Andrei Popescu, Director)   Date:

Signed for the Customer: ______________ (Huang Wei, General Manager)   Date:
"""

SOURCES = {"z01": H450Z01, "z02": H450Z02, "z03": H450Z03, "z04": H450Z04, "z05": H450Z05,
           "e01": H450E01, "e02": H450E02, "e03": H450E03, "e04": H450E04, "e05": H450E05}
FILES = {
    "z01": "h450z01_archives_bureau_long_term_preservation_platform.pdf",
    "z02": "h450z02_glass_bottle_forming_machine_control_retrofit.docx",
    "z03": "h450z03_pet_hospital_chain_records_membership_saas.txt",
    "z04": "h450z04_water_bureau_river_chief_system_annual_om.txt",
    "z05": "h450z05_beancurd_stick_order_shipping_supplier_template.md",
    "e01": "h450e01_dairy_wms_perpetual_licence_polish_vendor.pdf",
    "e02": "h450e02_supermarket_scheduling_saas_order_form_czech_vendor.md",
    "e03": "h450e03_cold_store_monitoring_sensors_slovak_supplier.docx",
    "e04": "h450e04_kitchenware_managed_it_services_hungarian_provider.md",
    "e05": "h450e05_seafood_trader_maritime_data_api_romanian_vendor.txt",
}
TARGETS = {k: (v, v.rsplit(".", 1)[1]) for k, v in FILES.items() if v.endswith((".docx", ".pdf"))}

# ---------------------------------------------------------------- labels (buyer's view; see NOTES.md)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value)
L = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False, "PRC", G],
            (True, True, True, False, 2260000)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, False, 0.1, None, 20, False, False, 18, 9, False, True, False, "PRC", G],
            (True, True, True, True, 1500000)),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 900 / 892800 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S],
            (True, True, None, False, 892800)),
    "z04": ("services", [None, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, True, True, None, S],
            (True, True, None, False, 618000)),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 55, True, True, 6, 28, False, True, True, "PRC", G],
            (True, True, True, False, 608000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False, "Poland", G],
            (True, True, True, False, 1230000)),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 600 / 878000 * 100, 6 / 36 * 100, None, True, None, None, None, False, True, False, "PRC", S],
            (True, True, None, False, 878000)),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True, False, "PRC", G],
            (True, True, True, False, 802000)),
    "e04": ("services", [None, 0.5, True, "buyer", True, True, True, 1200 / 1468000 * 100, 300000 / 1468000 * 100, None, True, None, None, None, False, False, False, "PRC", S],
            (True, True, None, False, 1468000)),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", S],
            (False, False, None, False, 296000)),
}
FOREIGN_FORUM = {"e01"}  # Krakow court; every other forum is in mainland China
# TCO inputs for goods/licence drafts: (fee base = itemised licence/hardware subtotal, value)
TCO_BASE = {"z01": 1180000, "z02": 1331000, "z05": 420000, "e01": 764000, "e03": 681760}
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco(key):
    """policy §4: horizon 5 years from acceptance; fee base = itemised licence/hardware subtotal."""
    t = dict(zip(TERM_KEYS, L[key][1]))
    value = L[key][2][4]
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return value + fees, fees, fees / (value + fees) * 100


def derive(key):
    """My own reading of policy.md §3 (not project code): the rules each label set should fire."""
    t = dict(zip(TERM_KEYS, L[key][1]))
    sla, ld_stated, capped, deemed, value = L[key][2]
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
        x = tco(key)
        if x and x[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    cat, terms, (sla, ld_stated, capped, deemed, value) = L[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key], "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": dict(zip(TERM_KEYS, terms)), "expected_extra": extra, "expected_rules": derive(key)}


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BAD = [
    NUM + r"99\.9(?!\d)", r"百分之九十九点九(?![0-9一二三四五六七八九])",
    NUM + r"4\s*(?:个)?\s*小时", r"四\s*个?\s*小时", r"\bfour[\s-]+(?:\w+\s+)?hours?\b", NUM + r"4\s*(?:-\s*)?(?:h|hrs?|hours?)\b",
    NUM + r"240\s*(?:分钟|min(?:ute)?s?\b)",
    NUM + r"0\.05(?!\d)", r"万分之五(?![0-9十一二三四五六七八九])", r"千分之零点五",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![0-9一二三四五六七八九零])", r"\bone\s+hundred\s+per\s*cent",
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![0-9一二三四五六七八九点])", r"三成", r"\bthirty\s+per\s*cent",
    NUM + r"12\s*(?:个|個)?\s*(?:月|-?\s*months?)", r"十二\s*个?\s*月", r"\btwelve\b", r"一\s*年", r"\bone[\s-]+year",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五(?![0-9一二三四五六七八九点])", r"\bfifteen\s+per\s*cent",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![0-9一二三四五六七八九点])", r"四成", r"\bforty\s+per\s*cent",
    NUM + r"5\s*(?:年|-?\s*years?\b)", r"五\s*年", r"\bfive[\s-]+years?\b", NUM + r"60\s*(?:个)?\s*(?:月|-?\s*months?)", r"六十\s*个?\s*月",
    r"\bsixty\s+months?",
]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["99.9%", "4小时", "4 小时", "四小时", "二十四小时", "four hours", "4 hours", "4h", "240分钟", "0.05%", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months", "十二个月", "twelve months", "一年",
            "one year", "one-year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月",
            "twelve calendar months", "four business hours"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "Subscription Year", "14 hours",
             "1,100%", "130%", "0.055%", "24 hours", "2026年5月", "12小时", "45%", "35%", "万分之二", "三个服务年度", "60日",
             "5个工作日", "5%", "25 user", "0.5", "3 hours", "24x7", "1 hour", "十八个月", "三十六个月", "15日", "15个工作日"]


def hits(text):
    return [m.group(0) for rx in BAD_RE for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def views(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write({k: SOURCES[k] for k in TARGETS}, TARGETS, OUT, wrap_words=True)
    for k, name in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    # labels
    covered = set()
    for k in FILES:
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        for key, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12), ("post_warranty_fee_pct", 15)]:
            assert t[key] is None or abs(t[key] - thr) > 1e-9, (k, key)
        x = tco(k) if t["contract_kind"] == G else None
        if x:
            assert abs(x[2] - 40) > 2, (k, x)
        (OUT / FILES[k].rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(DESIGN[k]) for k in FILES]
    assert mix.count(0) == 2 and DESIGN["e01"] == ["CR-GOVERNING-LAW"] and len(DESIGN["z05"]) >= 8
    assert sum(1 for k in FILES if k not in ("z01", "e03", "e01", "z05") and 2 <= len(DESIGN[k]) <= 3) == 6
    # read back, lengths, thresholds
    bad = []
    for k, name in FILES.items():
        text = read_back(OUT / name)
        n = len(text) if k[0] == "z" else len(text.split())
        lo, hi = (2750, 3000) if k[0] == "z" else (1450, 1650)
        ok = lo <= n <= hi
        nows = len(re.sub(r"\s+", "", text))
        x = tco(k)
        print(f"{name}: {'chars' if k[0] == 'z' else 'words'}={n} {'OK' if ok else 'OUT OF RANGE'} (non-ws chars {nows})"
              f" rules={derive(k)} risk={risk(derive(k))}" + (f" tco={x[0]:.2f} share={x[2]:.2f}%" if x else ""))
        if not ok:
            bad.append((name, n))
        for v in views(text) + views(SOURCES[k]):
            h = hits(v)
            assert not h, (name, h)
    assert not bad, bad
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
