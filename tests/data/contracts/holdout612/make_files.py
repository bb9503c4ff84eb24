"""holdout612: builds the ten blind drafts from the sources below, writes their .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf through ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}
SRC["z01"] = r"""
T:建筑工地扬尘在线监测监管平台采购合同
P:合同编号：ZJYC-2026-017（政府采购 公开招标）
P:采购人（甲方）：某市住房和城乡建设局
P:供应商（乙方）：某某环境信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就甲方建筑工地扬尘在线监测监管平台（以下简称“平台”）的软件许可及定制开发事宜订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供扬尘在线监测监管平台软件（V5版）的永久使用许可，许可范围为甲方及其下属建设工程质量安全监督站、各区住建部门，不限用户数和终端数。
P:1.2 乙方按甲方需求完成以下定制开发：全市在建工地扬尘监测设备统一接入（不少于1,350个监测点，含PM2.5、PM10、噪声、温湿度、风速风向）；超标预警与工地喷淋、雾炮设备的联动控制；“发现—派单—整改—复核—销号”执法闭环流程；与市智慧城管平台、施工许可系统及生态环境部门空气质量平台的数据接口；监管指挥大屏及监督员移动端应用。
P:1.3 乙方负责平台在甲方政务云上的部署、历史数据迁移、联调测试、试运行及人员培训，直至平台通过最终验收。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾叁万陆仟元整（¥1,536,000），含税，为固定总价。其中：平台软件许可费¥860,000；定制开发费¥540,000；部署实施费¥110,000；培训费¥26,000。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的人工、差旅、第三方软件及税费，除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方应本着诚信原则协商处理，甲方不因此承担违约责任。
H:第四条 实施进度
P:4.1 乙方应于合同签订后六十日内完成平台部署和不少于八成在建工地的设备接入，九十日内完成全部定制功能并书面提请初步验收。
P:4.2 初步验收合格后进入九十日试运行期。试运行期间平台出现一级故障的，试运行期自故障排除之日起重新计算。
P:4.3 乙方应指定一名项目经理常驻甲方现场，未经甲方同意不得更换。
P:4.4 乙方应在合同签订后十日内提交项目实施方案，明确人员分工、进度计划、风险预案及设备接入顺序，经甲方确认后执行。实施过程中乙方每周向甲方报送项目周报。
H:第五条 验收
P:5.1 验收标准：（一）招标文件及投标文件所列功能全部实现；（二）监测数据接入率不低于98%，数据上传延迟不超过60秒；（三）超标预警在数据到达后10秒内推送至监督员移动端；（四）与智慧城管平台、施工许可系统的接口连续运行30日无数据丢失；（五）平台在500个并发用户下页面响应时间不超过3秒；（六）第三方测评机构出具的网络安全等级保护测评报告无高风险问题。
P:5.2 初步验收由甲方组织；最终验收在试运行期满后由甲方会同项目监理单位组织，按上述标准逐项测试，双方在验收报告上签字确认。验收不合格的，乙方应在十五日内整改并重新提请验收。
P:5.3 平台上线运行、甲方实际使用平台或支付任何款项，均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口维护、安全漏洞修补和技术支持。
P:6.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥68,800），该费用标准在质保期满后三年内不得上调，维护合同另行签订。
P:6.3 质保期内乙方每季度对平台进行一次全面巡检并出具巡检报告，根据甲方监管要求调整预警规则和统计口径。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%（经甲方同意的计划内维护时间除外）。
P:7.2 一级故障（平台无法访问、全市数据中断或预警功能失效）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；三级故障在下一个版本中修复。
P:7.3 乙方未按时响应或恢复的，每超过一小时甲方可扣减服务费¥1,000；月度可用率每低于承诺值0.1个百分点，扣减¥2,000。扣减款项从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件原有的知识产权归乙方所有，乙方授予甲方的使用许可永久有效，不因合同终止而失效。
P:8.2 为本项目定制开发的程序、接口、大屏页面及其源代码和技术文档，知识产权归甲方所有。甲方可自行或委托第三方修改、使用，无需另行付费。
P:8.3 乙方保证平台不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第九条 数据安全与数据权属
P:9.1 平台采集、生成和存储的全部监测数据、工地信息和执法记录归甲方所有，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施，运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝出政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方由此遭受的损失。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、执法信息和企业信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
P:10.2 乙方应与参与本项目的全部人员签订保密协议，并对其人员的保密行为承担责任。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成部署或提请验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 乙方交付的平台两次验收不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同的任何部分转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
P:13.3 合同解除后，乙方应向甲方移交已完成的全部成果、源代码及数据，并协助甲方完成平台迁移。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，最终验收合格且无违约情形的，甲方在验收后三十日内无息退还。
P:15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""
SRC["z02"] = r"""
T:金刚线切片机控制系统改造及维保合同
P:合同编号：GP-QP-2026-031
P:甲方：某某硅材料科技有限公司
P:乙方：某某智能装备有限公司
P:甲方一期切片车间现有金刚线切片机64台，原控制系统老化，线网张力波动较大，断线率偏高。经甲方比选，确定由乙方对上述设备实施控制系统改造，并在改造完成后提供维保服务。双方依据《中华人民共和国民法典》，经协商一致订立本合同。
H:第一条 改造范围
P:1.1 乙方为64台切片机更换主控PLC及伺服驱动，加装张力闭环控制模块、线网张力传感器及主辊温度在线检测单元，升级工控机及人机界面。
P:1.2 乙方提供切片工艺管理软件永久许可（含配方管理、断线分析、设备状态监控、报表功能），并开发与甲方MES系统之间的工单、配方、良率数据接口。
P:1.3 改造分四批实施，每批16台，乙方应合理安排停机窗口，不得影响其他机台的正常生产。
P:1.4 改造后设备应满足甲方现行产品规格对切割速度、线耗及片厚均匀性的要求，具体指标见附件技术规格书。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰肆拾肆万捌仟元整（¥2,448,000），含13%增值税，为固定总价。分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|主控PLC及伺服驱动改造套件|64套|17,800|1,139,200
TB:2|张力闭环控制模块及传感器|64套|6,200|396,800
TB:3|主辊温度在线检测单元|64套|2,450|156,800
TB:4|工控机及人机界面|64套|3,800|243,200
TB:5|切片工艺管理软件永久许可|1套|248,000|248,000
TB:|软硬件小计|||2,184,000
TB:6|安装调试及MES接口开发|1项|236,000|236,000
TB:7|操作及维护培训|1项|28,000|28,000
TB:|合计|||2,448,000
P:2.2 上述价格包含设备、软件、运输、保险、安装调试、接口开发、培训及税费。
P:2.3 合同履行期间，如甲方增加改造数量，单价按上表执行。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部64台设备改造及安装调试完成、乙方提交调试记录后十五个工作日内，甲方支付合同总价的55%。安装调试完成不视为验收。
P:3.3 终验合格后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
P:3.5 乙方收到预付款前应向甲方提交等额的银行预付款保函，保函在设备全部安装调试完成后失效。
H:第四条 交付与工期
P:4.1 第一批改造应在合同生效后四十五日内完成，其后每批间隔不超过二十日，全部改造应在合同生效后一百一十日内完成。
P:4.2 每批改造的停机时间不得超过七十二小时。因乙方原因延长停机的，按第十二条承担责任。
P:4.3 乙方应在每批改造前五个工作日提交施工方案和停机计划，经甲方生产部门确认后实施；施工期间遵守甲方洁净车间管理、动火作业和安全生产规定。
P:4.4 改造拆下的旧控制柜、驱动器等设备归甲方所有，乙方应清点后移交甲方仓库。
H:第五条 验收
P:5.1 单批验收：每批改造完成后连续切割七十二小时，控制系统无故障；张力波动控制在±1.5N以内；主辊温度采集误差不超过±0.5℃。
P:5.2 终验：全部改造完成后稳定运行三十日，且同时满足：断线率较改造前平均水平下降四分之一以上；硅片TTV合格率不低于97%；MES接口工单、配方、良率数据与现场记录一致；软件功能符合附件技术规格。
P:5.4 终验不合格的，乙方应在二十日内整改并重新组织终验，由此产生的费用由乙方承担。
P:5.3 终验由甲方组织，双方签署终验报告。安装调试、试生产或甲方使用设备，均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件升级及技术支持。
P:6.2 乙方保证所供设备为全新原厂正品，软件不含恶意代码。
P:6.3 质保期内同一部件累计故障三次以上的，乙方应更换为新品，并相应延长该部件的质保期。
P:6.4 乙方应在终验时移交电气图纸、程序备份、参数清单、操作手册及维护手册各一套。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方继续为甲方提供维保服务，服务内容包括定期巡检、故障维修、备件更换、软件升级和工艺调优支持。
P:7.2 年度维保费按软硬件小计的18%计取，即每年人民币¥393,120，质保期满后三年内保持不变，按年度签订维保订单。
P:7.3 维保期间乙方每季度现场巡检一次，检查张力系统、伺服驱动及传感器状态，出具巡检报告并提出工艺优化建议；乙方应在甲方所在地保持常用备件库存。
P:7.4 维保订单由甲方逐年签订，甲方有权决定是否续订。
H:第八条 服务响应
P:8.1 一级故障（整线停机或多台连续断线）乙方应在1小时内响应，6小时内到场处理；二级故障（单台停机）2小时内响应，次日到场；三级故障在下次巡检时处理。
P:8.2 乙方未按时响应或到场的，每超过一小时扣减¥800，从应付款项或维保费中扣除。
P:8.3 乙方应设立专门服务热线，并指定一名区域服务工程师作为甲方的固定联系人。
H:第九条 知识产权
P:9.1 乙方原有软件的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制的控制程序、MES接口程序及其源代码、技术文档归甲方所有，甲方可自行修改或委托第三方维护。
P:9.3 乙方保证所供软件及程序不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十条 数据安全
P:10.1 切片工艺参数、配方、良率及设备运行数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的或向第三方提供。
P:10.2 远程维护须经甲方逐次批准，通过甲方提供的专用VPN进行并全程录屏；乙方不得将任何数据拷贝出甲方网络。
P:10.3 发生数据泄露或丢失的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担赔偿责任。
P:10.4 乙方工程师使用的调试电脑须经甲方安全检查，未经检查不得接入甲方设备网络。
H:第十一条 保密
P:11.1 双方对在合作中获悉的对方技术秘密、工艺信息和商业信息负有保密义务，保密期限至合同终止后三年。
P:11.2 乙方人员进入甲方厂区须遵守甲方保密管理规定，不得拍摄生产现场及工艺画面。
H:第十二条 违约责任
P:12.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:12.2 设备或软件不符合约定的，乙方应在十日内免费更换或整改。
P:12.3 乙方所供设备存在质量问题造成甲方硅片报废的，乙方应赔偿甲方的直接损失。
H:第十三条 分包
P:13.1 乙方可将电气安装、线缆敷设等辅助工作分包给具备相应资质的第三方，但应提前五个工作日书面通知甲方。乙方对分包方的工作承担全部责任。
H:第十四条 合同解除
P:14.1 乙方逾期超过三十日或严重违约经催告后十日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:14.2 合同解除的，乙方应退还甲方已支付但未履行部分的款项，并移交已完成的成果和技术资料。
P:14.3 因不可抗力致使合同无法履行的，受影响方应及时通知对方并提供证明，双方协商处理。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交无锡仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，一式四份，双方各执二份。
P:16.2 本合同附件包括技术规格书、设备清单、施工方案及验收测试记录，附件与本合同具有同等效力。
P:16.3 本合同未尽事宜，由双方另行签订补充协议。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""
SRC["z03"] = r"""门店智能补货SaaS服务及实施合同

合同编号：LS-IT-2026-0088

甲方：某某食品连锁管理有限公司
乙方：某某云数科技有限公司

甲方经营“某某零食”连锁品牌，现有直营门店100家。为降低缺货率和临期损耗，甲方委托乙方提供门店智能补货SaaS服务及实施服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。

一、服务内容
（一）SaaS服务
1. 乙方向甲方100家门店及总部仓库开通智能补货系统，包括销量预测、自动补货建议、门店要货审批、临期预警、促销备货测算和补货看板。
2. 系统部署在乙方租用的境内云平台上，甲方通过网页端和门店手持终端使用。
（二）实施服务
1. 乙方负责系统配置、商品主数据清洗、历史销售数据导入、与甲方POS系统及ERP系统的接口开发、门店店长及仓库人员培训。
2. 乙方为甲方定制门店补货报表、区域经理看板及要货审批流程。
3. 乙方负责将甲方现有的门店要货模板和商品陈列量数据迁移至系统。
（三）培训服务
1. 乙方在上线前为100家门店店长及区域经理提供线上培训，并为总部采购、仓储人员提供两次现场培训。
2. 服务期内乙方每季度组织一次新功能培训，并提供操作手册和培训视频。
（四）客户成功服务
乙方指定一名客户成功经理，每月与甲方召开补货效果复盘会，分析缺货率、周转天数和临期损耗变化，提出参数优化建议。
（五）系统应支持按门店类型、商圈、季节及促销活动设置差异化补货参数，支持总部统一下发与门店微调。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自上线验收合格之日起计算，第二个服务年度紧随其后。
（二）实施工作应在合同签订后七十五日内完成并提请上线验收。
（三）服务期内甲方门店关闭的，自关闭次月起停止计收该门店服务费。

三、费用及支付
（一）服务费按门店计收，每店每个服务年度¥2,580，100家门店每个服务年度服务费合计¥258,000，两个服务年度合计¥516,000。
（二）实施费为一次性费用¥96,000。
（三）合同总价为人民币陆拾壹万贰仟元整（¥612,000），含6%增值税。
（四）实施费在上线验收合格后十五个工作日内支付。
（五）服务费按季度结算，每季度结束后十个工作日内，甲方根据当季服务报告支付当季服务费。本合同不设预付款。
（六）新增门店按每店每个服务年度¥2,580按实际开通天数折算，另行结算。
（七）乙方应在每季度结束后五个工作日内提交服务报告，列明当季可用率、故障处理情况及服务抵扣金额。
（八）乙方开具的发票应与当期结算金额一致，发票不合规的，甲方有权顺延付款。

四、上线验收
（一）验收标准：
1. 100家门店POS销售数据及库存数据按日自动接入，数据完整率不低于99%；
2. 连续二十八日试运行中，补货建议在每日早上七点前生成，门店采纳后要货单自动推送ERP；
3. 试运行期间重点商品预测偏差率不高于18%，临期预警准确无漏报；
4. 定制报表、看板及审批流程符合双方确认的需求说明书。
5. 门店手持终端在营业高峰期提交要货单的响应时间不超过2秒。
（二）甲方在收到验收申请后十个工作日内组织验收，双方签署上线验收报告。系统开通或甲方试用不视为验收合格。
（三）验收不合格的，乙方应在十个工作日内整改后重新提请验收，整改期间不计入服务年度。

五、服务水平
（一）系统月可用率不低于99.95%。
（二）一级故障（系统无法登录、补货建议无法生成）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决。
（三）月可用率低于承诺值的，按当月服务费的5%给予服务抵扣；一级故障未按时恢复的，每次抵扣¥1,000。抵扣金额在下一季度服务费中扣除。
（四）乙方应提供工作日8:00至22:00的在线客服和全天候故障受理电话，门店可通过手持终端直接提交问题。
（五）系统计划内维护应安排在凌晨零点至六点之间，并提前三日通知甲方。
（六）乙方应在每月前五个工作日向甲方提供上月服务水平报告。

六、数据
（一）甲方的门店销售、库存、会员及商品数据归甲方所有。
（二）乙方应采取加密传输与存储、访问权限控制和操作日志审计等措施保护甲方数据，数据存储于中国境内。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成损失的，由乙方承担赔偿责任。
（三）甲方同意，乙方可将甲方数据进行脱敏和汇总处理后，用于乙方零售行业分析报告、补货算法模型训练及向其他客户提供的服务，该项使用在本合同终止后仍可继续。
（四）服务期满或合同解除后三十日内，乙方应向甲方返还全部数据并删除存储副本。
（五）乙方应每日对甲方数据进行备份，备份数据保留三十日，并每半年进行一次恢复演练。

七、保密
双方对在履行本合同过程中知悉的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因合同终止而解除。双方应要求参与本项目的员工遵守保密义务，并对员工的泄密行为承担责任。

八、知识产权
（一）SaaS系统及其算法的知识产权归乙方所有。
（二）为甲方定制的报表、看板、审批流程配置及POS、ERP接口程序的知识产权归甲方所有，乙方应交付源代码及文档，甲方可自行修改和使用。
（三）乙方交付的接口程序应附带部署说明，保证甲方技术人员能够独立维护。
（四）乙方保证系统不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担费用。

九、违约责任
（一）乙方未能在约定期限内完成实施并提请上线验收的，每逾期一日向甲方支付违约金¥500。
（二）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）因乙方原因导致补货建议严重错误，造成甲方门店大面积缺货或积压的，乙方应赔偿甲方的直接损失。
（四）乙方未按第五条完成故障处理的，除服务抵扣外，甲方有权要求乙方书面说明原因并提交整改计划。

十、责任限制
除故意或重大过失外，乙方在本合同项下的累计赔偿责任以甲方在索赔事件发生前六个月内已支付的服务费总额为限。

十一、续期
服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期服务费由乙方按届时标准价格调整，每次上调幅度不超过8%。

十二、分包
乙方不得将本合同项下的服务分包给第三方，确需分包的，应事先取得甲方书面同意。乙方更换主要实施人员的，应提前通知甲方并确保工作交接。

十三、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。
（二）因乙方原因系统连续中断超过七十二小时的，甲方有权解除合同，乙方应退还未履行期间的服务费。
（三）合同解除或终止后，乙方应配合甲方完成数据迁移，迁移期间系统保持只读访问不少于三十日。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方应继续履行本合同其他条款。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。需求说明书为本合同附件。
本合同附件包括需求说明书、服务水平说明及门店清单，附件与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""
SRC["z04"] = r"""公证业务管理系统年度运维服务合同

合同编号：GZC-YW-2026-02

甲方：某市某某公证处
乙方：某某信息系统服务有限公司

甲方使用的公证业务管理系统（含受理、审批、出证、电子卷宗、收费、在线预约及与全国公证管理系统的数据报送接口）已上线运行。为保障系统稳定运行，甲方委托乙方提供年度运维服务。双方依据《中华人民共和国民法典》，订立本合同。

第一条 服务内容
（一）日常运维：系统监控、每日巡检、日志分析、数据库维护、备份检查及每月运维报告。
（二）故障处理：应用、数据库、中间件及接口故障的诊断和排除。
（三）驻场服务：乙方派一名运维工程师在甲方办公场所驻场，工作日8:30至17:30在岗；节假日安排远程值守。
（四）优化与小变更：因公证业务规则调整需要的配置修改、报表调整及每年不超过二百人日的小型功能变更。
（五）安全配合：配合甲方完成网络安全等级保护测评、漏洞整改和应急演练。
（六）升级配合：配合甲方及原开发商完成系统版本升级，在操作系统和数据库补丁安装前进行兼容性测试并制定回退方案。
（七）备份管理：每日检查数据库全量及增量备份结果，每季度组织一次备份恢复演练，演练结果书面报告甲方。
（八）应急保障：在公证业务高峰期、重要会议及节假日前，乙方应对系统进行专项检查，并安排工程师值守。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。乙方应于2026年3月1日前完成运维交接并开始服务。服务期满本合同终止，不自动续期；甲方如需继续采购，另行履行采购程序。服务期开始前，乙方应与原运维单位完成交接，交接清单经甲方签字确认。服务期内如甲方办公场所搬迁，乙方应配合完成系统迁移，费用另行协商。

第三条 服务费用及支付
（一）服务费总额为人民币叁拾捌万陆仟元整（¥386,000），含税，包括人工、驻场、差旅、工具及备品费用。
（二）服务费按季度支付，每季度¥96,500。每季度结束后，甲方依据第五条进行季度考核，考核合格后十五个工作日内支付当季服务费。
（三）本合同不设预付款。
（四）乙方应在每季度首月十日前开具上季度服务费发票，发票金额应与考核结果及扣减金额一致。
（五）除本合同约定外，乙方不得以任何名义向甲方收取其他费用。

第四条 服务水平
（一）系统月可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，并安排在非办证时间。
（二）故障分级及时限：
1. 一级故障（系统整体不可用、无法出证或数据报送中断）：15分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（部分功能不可用）：30分钟内响应，8小时内解决；
3. 三级故障（不影响办证的一般问题）：2个工作日内解决。
（三）服务水平未达标的，按以下标准扣减当季服务费：月可用率每低于承诺值0.01个百分点扣减¥1,000；一级故障每超时一小时扣减¥1,500；二级故障每超时一日扣减¥500。
（四）乙方应提供7×24小时故障受理热线，夜间及节假日的一级故障由值守工程师远程处理，必要时到场。
（五）乙方每月5日前提交上月运维报告，内容包括系统运行指标、故障清单、变更记录、巡检发现的问题及改进建议。

第五条 服务考核与验收
（一）季度考核标准：月可用率达标；故障按时处理率不低于95%；每日巡检记录和每月运维报告齐全；备份恢复抽查成功；驻场人员出勤符合约定。
（二）服务期满前，甲方组织年度验收，验收内容包括全年考核结果、备份恢复演练、运维文档和知识库交接。年度验收合格后双方签署验收报告。
（三）考核不合格的，乙方应在十日内整改，并按第四条扣减服务费。
（四）年度验收不合格的，甲方可暂扣最后一个季度的服务费，直至乙方整改完成并通过复验。
（五）甲方应为乙方驻场人员提供必要的办公条件和系统访问权限，并及时确认乙方提交的变更申请。

第六条 数据安全
（一）系统中的公证当事人信息、公证卷宗、电子证照及业务数据均归甲方所有，乙方仅在履行运维服务所必需的范围内接触，不得查询与运维无关的数据，不得复制、留存或向任何第三方提供，不得用于本合同以外的任何目的。
（二）乙方人员须通过甲方堡垒机进行运维操作，操作全程记录；严禁使用个人移动存储介质；如需远程运维，须经甲方逐次审批。
（三）乙方应落实网络安全等级保护第三级要求的各项管理措施，驻场人员须签署个人保密及数据安全承诺书。
（四）发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失，包括甲方因此承担的行政处罚和第三方索赔。
（五）服务期满或合同终止时，乙方应交还全部账号、密钥和介质，删除在运维工作中产生的临时数据，并出具书面确认。
（六）乙方应配合甲方接受司法行政机关及网络安全主管部门的检查，如实提供运维记录。

第七条 保密
乙方对在服务过程中知悉的公证事项、当事人隐私和甲方工作秘密负有保密义务，未经甲方书面同意不得以任何方式披露。本条义务在合同终止后长期有效。乙方应对驻场及远程运维人员开展保密教育，并与其签订保密协议。

第八条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、报表模板、运维文档和知识库归甲方所有，甲方可自由使用和修改。乙方保证其使用的运维工具不侵犯第三方权利，且不含恶意代码。

第九条 人员
（一）驻场工程师应具备三年以上同类系统运维经验，名单经甲方确认；
（二）未经甲方同意，乙方不得更换驻场工程师；甲方认为人员不称职的，乙方应在五个工作日内更换。
（三）乙方应建立不少于两人的后备工程师队伍，驻场工程师休假或缺勤时及时安排熟悉系统的人员顶岗。
（四）乙方人员在甲方场所工作期间，应遵守甲方的工作纪律、安全管理和公证业务保密规定。

第十条 违约责任
（一）乙方未按第二条约定日期完成运维交接并开始服务的，每逾期一日按服务费总额的千分之一向甲方支付违约金。
（二）驻场工程师无故缺岗的，每人每日扣减¥800。
（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
（四）因乙方运维操作失误导致数据丢失或系统长时间中断的，乙方除按第四条扣减服务费外，还应赔偿甲方由此遭受的直接损失。

第十一条 分包
乙方不得将本合同项下的任何服务分包或转包给第三方。

第十二条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。
（三）合同终止时，乙方应在十日内完成运维交接，移交全部文档、账号和知识库。
（四）合同解除后，甲方按乙方实际提供服务的期间和考核结果结算服务费。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，乙方不得中止运维服务。

第十四条 其他
本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
本合同附件包括：系统清单及运维范围、服务水平细则、驻场人员名单。附件与本合同具有同等法律效力。本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""
SRC["z05"] = r"""# 酿智发酵管理系统 软件许可及定制开发合同

（酿智科技标准合同文本 V3.0）

合同编号：NZ-2026-HJ-015

甲方（买方）：某某黄酒股份有限公司

乙方（卖方）：杭州某某酿智科技有限公司

鉴于甲方拟对其黄酒酿造车间实施发酵过程数字化管理，乙方为发酵管理软件的开发商，双方经协商一致，依据乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“酿智发酵管理系统”V3 软件永久使用许可，许可范围为甲方本部酿造车间的 240 个发酵罐及前后酵工序。

1.2 乙方根据甲方需求进行定制开发，内容包括：浸米、蒸饭、落缸、开耙、前酵、后酵工序的工艺参数采集与曲线管理；开耙时机提示模型；发酵罐温度自动控制接口；与甲方 ERP 的批次、物料接口；车间看板及移动端巡检应用。

1.3 乙方负责系统安装部署、数据初始化和操作培训。

1.4 系统主要功能模块：工艺参数管理、发酵曲线监控、开耙记录、质量检验记录、批次追溯、设备台账、报表中心及移动端巡检。

1.5 甲方应配合乙方进行需求调研，双方确认的需求说明书作为开发依据，需求确认后的变更按乙方人天报价另行收费。

1.6 乙方根据发酵工艺特点提供标准工艺模板，甲方可在模板基础上调整参数。

1.7 本合同不包括甲方其他车间、灌装线及仓储系统的改造或接入，如需扩展，双方另行签订合同。

## 第二条 合同价款

2.1 合同总价为人民币壹佰零伍万捌仟元整（¥1,058,000），含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 酿智发酵管理系统 V3 软件许可（永久） | 760,000 |
| 2 | 定制开发（工艺采集、开耙模型、控温接口、ERP 接口、看板） | 230,000 |
| 3 | 安装部署及培训 | 68,000 |
| | 合计 | 1,058,000 |

2.2 上述价格不含发酵罐温度传感器、控制阀门及现场布线，该等设备由甲方自行采购。

2.3 合同价款不含差旅费，乙方人员现场服务产生的差旅费由甲方按实际发生额另行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的 65%，即 ¥687,700。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的 35%，即 ¥370,300。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务。

3.4 乙方收到款项后十五个工作日内向甲方开具增值税普通发票。

3.5 甲方付款后，乙方开通软件正式授权；甲方未付清全款前，乙方提供的为临时授权。

## 第四条 交付

4.1 乙方计划在收到首付款后九十日内完成安装部署和定制开发，并通知甲方上线。

4.2 交付时间为乙方计划时间，因需求变更、甲方现场条件不具备或第三方设备原因导致延迟的，交付时间相应顺延，乙方不承担责任。

4.3 甲方应在合同签订后十日内提供服务器、网络环境及发酵罐现场的接线条件，并指定项目联系人。甲方未按时提供的，乙方有权暂停实施。

4.4 系统部署完成后，乙方对甲方操作人员进行不超过三天的集中培训，培训人数不超过二十人。乙方交付的文档包括用户手册和安装说明。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的修改意见，乙方将在后续版本中酌情考虑。

5.3 甲方不得以系统存在个别问题为由拒绝上线或拖延付款。

## 第六条 售后服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

6.2 一级故障（系统无法使用）乙方在接到甲方通知后 8 小时内响应，二级故障在 2 个工作日内响应，一般问题在 5 个工作日内答复。乙方将尽力排除故障，但不保证恢复时间。

6.3 因故障造成的停产、减产或原料损失，乙方不承担扣款、赔偿或违约金。

6.4 免费维护期内，乙方提供工作日9:00至17:00的电话及远程支持，现场服务按次另行收费。二级故障及一般问题的处理以乙方工程师排期为准。

6.5 因甲方操作不当、自行修改系统、断电或硬件故障造成的问题，不属于免费维护范围。

6.6 乙方不对系统在特定生产条件下的发酵结果、产品质量或产量作出任何保证。

## 第七条 维保服务

7.1 免费维护期满后，甲方应与乙方签订年度维保合同，年度维保费为软件许可费的 26%，即每年 ¥197,600。

7.2 维保合同到期前甲方未书面提出异议的，维保合同按相同费用自动续期。

7.3 未签订维保合同的，乙方不再提供任何技术支持和软件升级。

7.4 维保服务内容包括远程技术支持、缺陷修复及版本升级，现场服务每年不超过两次，超出部分按乙方收费标准另行计费。

7.5 甲方未签订维保合同的，如后续需要恢复维保服务，应补缴中断期间的维保费。

## 第八条 知识产权

8.1 酿智发酵管理系统及其全部升级版本的知识产权归乙方所有。

8.2 本合同项下定制开发的工艺模型、开耙时机提示模型、接口程序、看板及其源代码，知识产权均归乙方所有。乙方授予甲方在本合同约定范围内的非独占使用权，甲方不得修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

8.4 甲方应妥善保管软件授权文件，不得复制、出租或转让软件。

## 第九条 数据安全

9.1 系统中甲方的工艺参数、配方、生产批次及质量数据归甲方所有，乙方不得将该等数据用于本合同以外的目的，不得向任何第三方提供。

9.2 系统部署在甲方自有服务器上。乙方远程维护须经甲方同意，并采取访问控制、操作日志和加密传输等措施。发生数据泄露的，乙方应在 24 小时内通知甲方，因乙方原因造成损失的，乙方承担相应的赔偿责任。

9.3 甲方应自行负责服务器的安全防护、系统备份和病毒防范。

9.4 合同终止后，乙方应在甲方要求时协助导出甲方数据，导出服务按乙方收费标准计费。

## 第十条 保密

双方对本合同内容及在合作中获悉的对方技术和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。乙方的报价、技术方案及软件文档属于乙方商业秘密。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不承担任何间接损失、利润损失或生产损失的赔偿责任。

11.3 因不可抗力、网络故障、第三方设备或甲方原因造成的损失，乙方不承担责任。

11.4 甲方逾期付款超过三十日的，乙方有权终止软件授权。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面通知后三十日内仍未纠正的，对方有权解除本合同。

12.2 合同解除后，甲方已支付的许可费不予退还。

12.3 甲方单方解除合同的，已支付的款项不予退还，并应支付已完成工作的费用。乙方因甲方原因无法继续履行的，有权解除合同。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼费、律师费由败诉方承担。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，双方的补充约定应以书面形式作出。

14.2 本合同附件包括报价单和功能清单，附件与本合同具有同等效力。本合同未尽事宜，以乙方官网公布的服务条款为准。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""
SRC["e01"] = r"""
T:Software Licence and Services Agreement
P:Agreement No. KZ-YL-2026-004
P:This Agreement is made between Urumqi Tianshan Rail Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Urumqi, Xinjiang (the "Buyer"), and SteppeYard Software LLP, a limited liability partnership registered in the Republic of Kazakhstan with its office in Almaty (the "Vendor").
P:The Buyer operates a container and bulk rail terminal and wishes to acquire a perpetual licence to the Vendor's YardPlanner rail yard planning software, together with configuration, interface and training services. The Vendor agrees to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means YardPlanner version 7, comprising the track occupancy planner, the wagon and container inventory module, the shunting sequence optimiser and the gate and weighbridge module, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, planning rules, scripts and any other work product prepared by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's environment, including wagon, consignment, customer and operational data.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's terminal and its disaster recovery site for up to 120 named users, including the right to make backup copies.
P:2.2 The Vendor shall configure the Software to the Buyer's track layout, develop interfaces to the Buyer's terminal operating system, the railway wagon tracking feed and the customs declaration platform, migrate current inventory data, and train the Buyer's planners and administrators.
P:2.3 The Software shall be installed on servers provided by the Buyer in the Buyer's data centre in Urumqi.
P:2.4 The Vendor shall deliver user, administrator and interface documentation in English and Chinese, and shall appoint a project manager who speaks Chinese and attends weekly progress meetings with the Buyer, in person or by video conference.
H:Article 3 Price
P:3.1 The total price is CNY 1,480,000, made up of the licence fee of CNY 1,180,000, configuration and interface services of CNY 264,000 and training of CNY 36,000. The price includes all taxes, travel and expenses of the Vendor.
P:3.2 The price is fixed and is not subject to adjustment for exchange rate movements.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price within twenty days after signature against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the total price within twenty days after the Vendor has completed installation and the interfaces have passed the integration tests. Completion of installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price within twenty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within forty-five days after signature and shall present the Software and the Custom Deliverables for acceptance testing within one hundred days after signature.
P:5.2 The acceptance criteria are: all functions listed in the Technical Specification work as described; the shunting sequence optimiser returns a plan for a full shift within ninety seconds; inventory figures match a physical yard check for at least 98% of wagons; all interfaces exchange data without loss for twenty consecutive days; and no Severity 1 defect occurs during a thirty-day operational trial.
P:5.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within ten working days. If any criterion is not met, the Vendor shall correct the defects and repeat the tests at its own cost. Use of the Software in live operation before Final Acceptance does not amount to acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the Technical Specification for eighteen months after Final Acceptance. During the warranty period the Vendor shall correct defects, supply new versions and provide remote and on-site support free of charge.
P:6.2 The Vendor warrants that the Software contains no malicious code, time locks or undisclosed means of remote access.
H:Article 7 Support after the Warranty
P:7.1 After the warranty period the Buyer may order annual support. The annual support fee is 11% of the licence fee, being CNY 129,800 per year, and shall not increase for three years after the end of the warranty period.
P:7.2 Annual support includes defect correction, new versions, remote assistance and one on-site visit per year. Each year of support is ordered by a separate purchase order; there is no automatic renewal.
H:Article 8 Service Levels
P:8.1 Severity 1 means that yard planning or the gate module cannot be used at all. Severity 2 means that an important function is impaired but a workaround exists. Severity 3 means any other defect.
P:8.2 During the warranty and any paid support period, the Vendor shall respond to a Severity 1 incident within one hour and restore service within eight hours, to a Severity 2 incident within two hours with a fix within three working days, and to a Severity 3 incident within one working day with a fix in the next release.
P:8.3 For each hour by which a Severity 1 response or restoration is late, the Vendor shall grant a service credit of CNY 1,000, deducted from the next payment or paid on demand.
H:Article 9 Intellectual Property
P:9.1 The Vendor keeps all intellectual property in the Software.
P:9.2 All intellectual property in the Custom Deliverables belongs to the Buyer from creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:9.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 10 Data Protection and Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:10.2 The Vendor's staff may access the Buyer's systems only through the remote access gateway provided by the Buyer, with access approved by the Buyer for each session and all sessions logged. No Buyer Data may be transferred outside the People's Republic of China.
P:10.3 The Vendor shall comply with the applicable PRC data protection and cybersecurity laws. It shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within twelve hours and shall bear all losses caused by an incident attributable to it.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement and shall not disclose it to a third party without prior written consent.
P:11.2 This Article survives termination for three years.
H:Article 12 Delay Damages and Liability
P:12.1 If the Vendor fails to present the Software for acceptance testing by the date in Article 5.1, it shall pay delay damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:12.2 The Vendor's total liability under this Agreement is limited to 150% of the total price, except for wilful misconduct, breach of Articles 10 and 11 and infringement claims under Article 9.3, which are not limited.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after notice, or if delay damages reach their maximum.
P:14.2 On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Kazakhstan.
P:15.2 Any dispute arising out of this Agreement shall be settled by arbitration in Almaty under the rules of the Kazakhstan International Arbitrage, in the English language.
H:Article 16 General
P:16.1 This Agreement, with the Technical Specification and the price breakdown, is the entire agreement of the parties. Changes must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two originals in English, one for each party, and enters into force on signature.
P:16.3 Notices under this Agreement shall be in writing and delivered by courier or by email with confirmation of receipt to the addresses stated on the signature page. A party may change its address by notice.
P:16.4 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the delay. If force majeure lasts more than ninety days, either party may terminate by notice.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
SRC["e02"] = r"""# Order Form — CargoLens Freight Visibility Platform

Order Form No. CL-CN-2026-0117

This Order Form is entered into between **Silk Route Data Systems LLC**, a company registered in Tashkent, Republic of Uzbekistan ("Provider"), and **Khorgos Eastbridge Trading Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Khorgos, Xinjiang ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If the two parts conflict, Part A prevails.

## Part A — Order Details

### A1. Subscribed Service

Provider will provide Customer with access to the CargoLens freight visibility platform, a hosted software service that tracks rail and road consignments between China and Central Asia, consolidates carrier status messages, manages transit documents and produces delivery forecasts. The subscription covers 60 named users and up to 9,000 tracked consignments per Subscription Year. The Service is hosted on a cloud region located in mainland China.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date confirmed under A5, and the second Subscription Year follows immediately after it. The subscription ends at the end of the second Subscription Year unless the parties sign a new Order Form; there is no automatic renewal.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 60 users, 9,000 consignments | 368,000 |
| Subscription Fee, Subscription Year 2 | 60 users, 9,000 consignments | 368,000 |
| Onboarding (carrier connections, ERP interface, document templates, training) | one-time | 42,000 |
| **Total Fees** | | **778,000** |

Consignments above the annual allowance are charged at CNY 9 each, invoiced in arrears at the end of the Subscription Year. Fees include VAT.

### A4. Invoicing and Payment

The Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year. The Onboarding fee is invoiced after the Go-Live Date. Customer pays each undisputed invoice within thirty days of receipt by bank transfer in CNY. No amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live

Provider will complete onboarding within sixty days after signature of this Order Form. Onboarding includes connection of Customer's eleven rail and road carriers, an interface to Customer's ERP for shipment orders and invoices, configuration of Customer's transit document templates, and training for Customer's users.

Go-Live acceptance criteria: (a) status messages from all eleven carriers are received and mapped correctly for ten consecutive working days; (b) shipment orders flow from the ERP to the Service within five minutes; (c) transit documents generated from the templates are accepted by Customer's customs broker for twenty test shipments; and (d) the functions listed in the Service Description are available to all named users. When the criteria are met Customer signs a Go-Live certificate, and the date of that certificate is the Go-Live Date. Use of the Service for trial shipments before then is not acceptance.

If onboarding is not completed within the sixty days for reasons attributable to Provider, Provider pays delay damages of CNY 600 for each day of delay, up to CNY 36,000.

### A6. Contacts and Notices

Provider contact: Customer Success Manager, Tashkent office. Customer contact: Head of Logistics IT, Khorgos. Notices under this Order Form must be in writing and sent to the addresses above by courier or email with confirmation of receipt.

## Part B — General Terms

### 1. Service Levels

1.1 Provider will make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

1.2 Incidents are classified as P1 (the Service or tracking is unavailable for all users), P2 (a major function is impaired) and P3 (any other incident). Provider will respond to P1 incidents within thirty minutes and restore service within six hours, to P2 incidents within two hours, and to P3 incidents within one working day. Support is available around the clock for P1 and P2 incidents.

1.3 If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each full percentage point of shortfall, up to 25% of that monthly share. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

### 2. Customer Data

2.1 Customer Data means all data that Customer or its users enter into the Service or that the Service generates from it, including shipment, consignee and document data. Customer Data belongs to Customer.

2.2 Provider processes Customer Data only to provide the Service to Customer under this Order Form and does not use it for any other purpose, including analytics, benchmarking or product development.

2.3 Provider hosts Customer Data only in mainland China, encrypts it in transit and at rest, restricts access to named operations staff using multi-factor authentication, logs all administrative access, and keeps daily backups for thirty days.

2.4 Provider notifies Customer of any security incident affecting Customer Data within twelve hours of discovery, takes immediate containment measures, and is responsible for losses suffered by Customer as a result of an incident caused by Provider's breach of this Section 2.

2.5 Within thirty days after the end of the Subscription Term, Provider returns Customer Data in CSV and PDF format and then deletes it, and certifies the deletion in writing.

### 3. Customer Configurations

Reports, dashboards, document templates and the ERP interface built for Customer during onboarding or later ("Customer Configurations") belong to Customer. Provider delivers them in an exportable form on request, and Customer may use, modify and have them used by third parties without restriction. Provider keeps its rights in the Service itself.

### 4. Customer Responsibilities

Customer keeps its user credentials secure, ensures that its carriers supply status messages in the agreed formats, and uses the Service in compliance with applicable law.

### 4A. Changes to the Service

Provider may improve the Service from time to time, provided that no change materially reduces the functions described in the Service Description during the Subscription Term. Provider announces major changes at least thirty days in advance through the Service and by email to Customer's contact, and provides training material for new functions without additional charge.

### 4B. Suspension

Provider may suspend a user account only if it is used in a way that threatens the security or integrity of the Service, and only for as long as the threat continues. Provider informs Customer immediately of any suspension and its reason.

### 5. Subcontracting

Provider may not subcontract any part of the Service to a third party, other than its cloud hosting provider named in the Service Description, without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

### 6. Warranties

Provider warrants that the Service will perform materially in accordance with the Service Description and that it will provide the Service with reasonable skill and care. Provider will correct any non-conformity reported by Customer without additional charge.

Provider further warrants that the carrier connections and the ERP interface delivered during onboarding will continue to work with the versions of Customer's ERP and the carriers' message formats in use at the Go-Live Date, and that it will adapt them at its own cost if a carrier changes its message format during the Subscription Term. Provider will provide Customer's administrators with online training on each major release and keep the user guide in English and Chinese up to date.

### 7. Liability

7.1 Each party's total liability arising out of this Order Form is limited to 200% of the Total Fees.

7.2 The limit in 7.1 does not apply to breach of Section 2, to personal injury, or to wilful misconduct.

### 8. Termination

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.

8.2 Customer may also terminate by written notice if availability is below 97% in any two months of a Subscription Year.

8.3 On termination for Provider's breach, Provider refunds any fees paid for the period after termination.

### 9. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai, and the award is final.

### 10. General

This Order Form is the entire agreement of the parties on its subject matter. It may be amended only in writing signed by both parties. It is executed in English in two counterparts.

Neither party is responsible for a failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, if it notifies the other party without delay and resumes performance as soon as possible. Service credits remain payable for unavailability that is not caused by such events. No delay or failure to exercise a right under this Order Form is a waiver of that right.

Signed for Provider: ____________________  Signed for Customer: ____________________
"""
SRC["e03"] = r"""
T:Supply Contract for Dam Safety Monitoring Sensors and Software Licence
P:Contract No. SCH-DSM-2026-09
P:Buyer: Sichuan Minjiang Hydropower Development Co., Ltd., a company incorporated in the People's Republic of China, Chengdu.
P:Supplier: Alatoo Geotech Instruments LLC, a company registered in the Kyrgyz Republic, Bishkek.
P:The Buyer operates the Minjiang cascade hydropower stations and wishes to upgrade the safety monitoring of two concrete gravity dams. Following the Buyer's invitation to bid, the Supplier offered the sensors, data loggers and monitoring software listed below. The parties agree as follows, on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, data loggers, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's DamWatch monitoring software, licensed under clause 2.2.
P:1.3 "Custom Work" means the dashboards, alarm rules, interface programs and reports developed by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment at the two dams, connect it to the Buyer's station network, and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software on the Buyer's servers for both dams and for any further dam of the Buyer's cascade, without user limit.
P:2.3 The Supplier shall develop the Custom Work, including an interface to the Buyer's provincial dam safety reporting system and to its plant SCADA historian.
P:2.4 Training covers installation checks, calibration, routine maintenance of the instruments, use of the Software, alarm handling and report preparation. It shall be given at the dam sites to at least twelve engineers of the Buyer, in Chinese or with a qualified interpreter provided by the Supplier.
P:2.5 The Supplier shall deliver installation drawings, calibration certificates for each instrument, as-built cable routes, the Software manuals and the source code of the Custom Work before Final Acceptance.
H:3. Price
P:3.1 The Contract Price is CNY 1,764,000, including all taxes, duties, transport, insurance, installation and training. The breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Vibrating-wire piezometers with cable|48|9,600|460,800
TB:2|GNSS displacement monitoring units|12|38,500|462,000
TB:3|Automatic data loggers, 16 channels|16|14,200|227,200
TB:4|Solar-powered 4G/fibre gateways|4|21,500|86,000
TB:5|DamWatch software, perpetual licence|1|318,000|318,000
TB:|Equipment and Software Subtotal|||1,554,000
TB:6|Installation, calibration and Custom Work|1 lot|186,000|186,000
TB:7|Training|1 lot|24,000|24,000
TB:|Contract Price|||1,764,000
P:3.2 The Contract Price is fixed for the duration of the Contract.
P:3.3 Customs clearance of the Equipment into China is arranged by the Supplier at its own cost, and the Supplier bears all import duties and import VAT.
H:4. Payment
P:4.1 10% of the Contract Price within thirty days after signature, against an advance payment guarantee of the same amount.
P:4.2 55% of the Contract Price within thirty days after installation and commissioning at both dams, confirmed by an installation certificate. The installation certificate is not acceptance.
P:4.3 35% of the Contract Price within thirty days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver the Equipment to the dam sites within seventy-five days after signature and complete installation and commissioning within one hundred and twenty days after signature.
P:5.2 Installation work at the dams must follow the Buyer's site safety rules and the dam operation schedule.
P:5.3 The Buyer shall provide access to the dam galleries, power supply at the logger locations and a network connection point at each dam. The Supplier shall inspect the sites within twenty days after signature and report any missing site condition in writing.
P:5.4 Risk of loss of the Equipment passes to the Buyer on signature of the installation certificate. Title passes on payment under clause 4.2.
H:6. Acceptance
P:6.1 After commissioning the system shall run for a sixty-day trial period.
P:6.2 Acceptance criteria: each piezometer reading agrees with a manual reference reading within 0.2% of full scale; GNSS displacement accuracy is within 2 mm horizontal and 3 mm vertical; at least 98% of scheduled readings reach the Software during the trial; alarms are raised within sixty seconds of a threshold breach set by the Buyer's engineers; both interfaces transfer data without loss for thirty consecutive days; and no Severity 1 fault remains open at the end of the trial.
P:6.3 When all criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Delivery, installation or use of the system does not constitute acceptance.
H:7. Warranty
P:7.1 The warranty period is thirty-six months after Final Acceptance. During it, the Supplier shall repair or replace defective Equipment free of charge, correct Software defects and supply new Software versions.
P:7.2 The Supplier shall keep spare parts available for eight years after Final Acceptance.
P:7.3 Defective Equipment shall be repaired or replaced within fourteen days after notice. The warranty period of a replaced item restarts on its replacement. If the same instrument fails three times, the Supplier shall replace it with a new unit of the same or a better type.
P:7.4 The Supplier shall recalibrate every piezometer once during the warranty period, at a time agreed with the Buyer, and shall issue new calibration certificates.
H:8. Support after the Warranty
P:8.1 After the warranty period the Buyer may order annual support covering repair, recalibration, Software updates and remote assistance.
P:8.2 The annual support fee shall not exceed 8% of the Equipment and Software Subtotal, that is CNY 124,320 per year, and shall remain fixed for the first three support years. Support is ordered year by year; there is no automatic renewal.
H:9. Service Levels
P:9.1 The Software, hosted on the Buyer's servers, shall be available at least 99.95% of each month during the warranty period, planned maintenance agreed with the Buyer excepted.
P:9.2 Severity 1 fault (loss of data from a dam section or of the alarm function): remote response within one hour, engineer on site within forty-eight hours, restoration within seventy-two hours. Severity 2 fault (a single instrument or function): response within eight hours, repair within ten days.
P:9.3 For each hour of late response or restoration of a Severity 1 fault, the Supplier shall pay CNY 1,200; for each 0.01 percentage point of availability below the commitment, CNY 1,500. The amounts are deducted from payments or the performance guarantee.
H:10. Intellectual Property
P:10.1 The Supplier keeps the intellectual property in the Software and the Equipment firmware.
P:10.2 The Custom Work, with its source code and documentation, belongs to the Buyer, who may use, modify and license it freely.
H:11. Data Security
P:11.1 All monitoring data, dam drawings and instrument records belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:11.2 The Supplier shall access the Buyer's systems only on site or through the Buyer's approved remote access channel, per session and logged. No data may leave the Buyer's network or be transferred outside China.
P:11.3 The Supplier shall report any security incident within two hours and is liable for losses caused by its breach of this clause.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential all information concerning the dams, their structure and their monitoring results, and shall not disclose it without the Buyer's prior written consent. This obligation survives termination without time limit.
H:13. Delay Damages and Liability
P:13.1 For late delivery or late completion of commissioning, the Supplier shall pay delay damages of 0.1% of the Contract Price per day, up to 10% of the Contract Price.
P:13.2 The Supplier's total liability is limited to 150% of the Contract Price, except for wilful misconduct, personal injury and breach of clauses 11 and 12.
P:13.3 The Supplier shall provide a performance guarantee issued by a bank acceptable to the Buyer for 10% of the Contract Price within fourteen days after signature. It remains valid until thirty days after Final Acceptance.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any work without the Buyer's prior written consent.
H:15. Termination
P:15.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice.
P:15.2 On termination for the Supplier's breach, the Buyer may complete the work itself or through others, and the Supplier shall bear the reasonable additional cost.
P:15.3 A party affected by force majeure shall notify the other party within seven days and shall resume performance as soon as the event ends.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chengdu Arbitration Commission.
P:16.2 This Contract is made in Chinese and English; both versions have equal force. Notices shall be in writing and sent to the addresses on the signature page.
P:Buyer: ____________________    Supplier: ____________________
"""
SRC["e04"] = r"""# Managed IT Services Agreement

Agreement No. MS-BT-2026-03

This Managed IT Services Agreement is made between **Baotou Northern Rare Metals Processing Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Baotou, Inner Mongolia ("Customer"), and **Khangai Digital Services LLC**, a company registered in Mongolia with its office in Ulaanbaatar ("Provider").

## 1. Definitions

1.1 "Services" means the managed IT services described in Schedule 1.

1.2 "Service Commencement Date" means the date stated in the Transition Acceptance certificate under Section 4.3.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means any data of Customer or its employees that Provider receives or can access in performing the Services.

## 2. Services

2.1 Provider shall provide the Services for Customer's head office, its two processing plants and its warehouse in Baotou, covering about 850 end users, 40 servers, the site networks and the plant office systems.

2.2 Provider shall provide the Services through a service desk staffed in Mandarin and English, two resident engineers at Customer's head office, and remote monitoring from Provider's operations centre.

2.3 The Services do not include the plants' industrial control systems, which remain with Customer's automation department.

2.4 Provider shall appoint a service delivery manager who is responsible for the Services, attends a monthly operations meeting at Customer's head office, and chairs the quarterly service review with Customer's IT manager.

2.5 Customer shall give Provider's staff access to its sites and systems as needed to perform the Services, provide desks and network connections for the resident engineers, and name a contact person for approvals.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total contract value over the Term is CNY 1,732,000, consisting of the Transition Fee and thirty-six Monthly Service Charges.

3.2 Provider invoices the Monthly Service Charge monthly in arrears and the Transition Fee after the Service Commencement Date. Customer pays each correct invoice within thirty days. No advance payment is due.

3.3 The charges are fixed for the Term and include all taxes, travel and tools.

3.4 Additional work requested by Customer outside Schedule 1 is quoted in advance and performed only after Customer's written order, at the engineer day rate in Schedule 3.

3.5 Provider shall attach to each monthly invoice the service report for the month, showing the service levels achieved, the service credits due, the tickets handled and the open problems. Customer may withhold the part of an invoice that it disputes in good faith and shall pay the rest on time.

## 4. Transition

4.1 Provider shall take over the Services from Customer's current provider within sixty days after signature, including inventory of all assets, documentation of the networks and servers, monitoring set-up, and knowledge transfer.

4.2 Transition acceptance criteria: the asset inventory is reconciled with Customer's records; every server and network device is under monitoring with alerts reaching the service desk; the service desk has handled tickets for fourteen days in parallel with the current provider; and runbooks for all critical systems have been approved by Customer.

4.3 When the criteria are met, Customer signs a Transition Acceptance certificate. If transition is not accepted within the sixty days for reasons attributable to Provider, Provider shall pay CNY 1,200 for each day of delay.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed, Provider shall grant the service credits set out in Schedule 2, deducted from the next invoice. Service credits in a month shall not exceed 20% of the Monthly Service Charge for that month.

5.3 If the same service level is missed in three consecutive months, Provider shall submit an improvement plan within ten working days and carry it out at its own cost.

5.4 Changes to Customer's environment, such as new sites, new servers or new applications, are handled through a written change request. Provider shall assess each change request within five working days and state any effect on the charges and service levels.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's business and technical information received under this Agreement and shall not disclose it to third parties without the other party's prior written consent, except to its professional advisers or as required by law.

7.2 This Section survives for three years after the end of the Term.

## 8. Intellectual Property

8.1 Runbooks, configuration records, scripts and documentation prepared by Provider for Customer's environment belong to Customer, who may use and modify them freely and hand them to any successor provider.

8.2 Provider keeps its rights in its own tools and methods, and grants Customer a free licence to use any of them embedded in the deliverables.

## 9. Personnel and Subcontracting

9.1 Resident engineers shall have at least three years' experience in comparable environments and shall follow Customer's site rules.

9.2 Provider shall not replace a resident engineer without Customer's agreement, except in case of illness or resignation, and shall give a handover of at least ten working days to any new engineer.

9.3 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for approved subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.

10.2 The limit does not apply to personal injury or wilful misconduct.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment.

11.2 Neither party may terminate this Agreement before the end of the Term, except if the other party becomes insolvent or ceases business. For any breach of this Agreement, including a missed service level, the remedies of Customer are the service credits under Schedule 2 and a claim for damages.

11.3 At the end of the Term Provider shall cooperate in the transfer of the Services to Customer or a successor provider for up to sixty days at the rates in Schedule 3.

11.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot.

## 13. General

Changes to this Agreement must be in writing and signed by both parties. The Schedules form part of this Agreement.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Ticket intake by phone, email and portal; first-line resolution; user account and password requests | 07:00–22:00 every day |
| Resident support | Two engineers at head office for desktop, printer, meeting room and network support | Working days 08:00–17:30 |
| Server management | Monitoring, patching, capacity reports, backup jobs and restore tests for 40 servers | Around the clock |
| Network management | Monitoring and configuration of switches, firewalls, wireless and site links | Around the clock |
| Asset management | Hardware and software inventory, licence records, disposal records | Working days |
| Reporting | Monthly service report and quarterly service review meeting | Monthly / quarterly |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of site networks and core servers | 99.95% per month | 3% of the Monthly Service Charge per 0.02 point below |
| P1 incident (a plant or the head office cannot work) response | 30 minutes | CNY 1,000 per hour late |
| P1 incident restoration | 6 hours | CNY 2,000 per hour late |
| P2 incident response | 1 hour | CNY 300 per hour late |
| Service desk calls answered within 60 seconds | 90% per month | 2% of the Monthly Service Charge |
| Patches applied within the agreed window | 95% per month | 2% of the Monthly Service Charge |

## Schedule 3 — Charges

| Charge | Amount (CNY) | Quantity | Total (CNY) |
|---|---|---|---|
| Transition Fee | 58,000 | 1 | 58,000 |
| Monthly Service Charge | 46,500 | 36 months | 1,674,000 |
| Total contract value | | | 1,732,000 |
| Exit assistance after the Term (if requested) | 2,100 per engineer day | as used | — |

Signed for Customer: ____________________  Signed for Provider: ____________________
"""
SRC["e05"] = r"""DATA SUBSCRIPTION AGREEMENT
Crop Monitoring and Grain Market Data API

Agreement No. AGD-CN-2026-021

PARTIES
This Agreement is made between Harbin Golden Field Grain Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin ("Customer"), and Saryarka AgroData LLP, a limited liability partnership registered in the Republic of Kazakhstan with its office in Astana ("Provider").

BACKGROUND
Provider operates a data platform that combines satellite imagery, weather observations and market reports into crop condition indices, yield estimates and grain price series for Kazakhstan, Russia and Central Asia. Customer imports wheat and barley from the region and wishes to receive this data through Provider's application programming interface (API) for its trading and risk systems.

1. DEFINITIONS
1.1 "Data" means the data sets listed in Annex 1, as updated by Provider from time to time.
1.2 "API" means Provider's REST interface through which the Data is delivered, with its documentation.
1.3 "Subscription Year" means each period of one year starting on the Activation Date or on an anniversary of it.
1.4 "Activation Date" means the date stated in the activation certificate under clause 4.3.
1.5 "Customer Content" means the field boundaries, contract locations, portfolio information and other data that Customer uploads to the API or sends in API requests.
1.6 "Custom Reports" means the regional crop reports and analyses that Provider prepares at Customer's request under clause 2.4.

2. SUBSCRIPTION
2.1 Provider grants Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the API, to use the Data in its internal trading, procurement and risk management, and to store the Data in its own systems.
2.2 Customer may share extracts of the Data with its affiliates in China and with its banks for financing purposes, but may not resell or publish the Data.
2.3 The subscription covers up to 25 named API keys and up to 400,000 API calls per Subscription Year.
2.4 Provider shall prepare up to six Custom Reports per Subscription Year on regions and crops chosen by Customer.
2.5 Customer shall use the API in accordance with the documentation, keep its API keys secure, and inform Provider promptly if it suspects that a key has been misused. Customer may rotate its keys at any time through the account portal.

3. FEES AND PAYMENT
3.1 The subscription fee is CNY 286,000 per Subscription Year, CNY 572,000 for the two Subscription Years, including taxes and the Custom Reports. There is no set-up fee.
3.2 Provider invoices the fee for each Subscription Year at the start of that Subscription Year. Customer pays within thirty days of receiving a correct invoice. Nothing is payable before the Activation Date.
3.3 API calls above the annual allowance are charged at CNY 0.40 per call, invoiced quarterly in arrears.
3.4 The fee is fixed for both Subscription Years.

4. ACTIVATION
4.1 Provider shall activate API access and deliver the historical Data back-file within thirty days after signature.
4.2 Activation criteria: all endpoints listed in Annex 1 return Data for every listed region and crop; the historical back-file covers at least ten seasons; a test set of 200 requests defined by Customer returns correct responses; and the field boundaries uploaded by Customer are processed without errors.
4.3 When the criteria are met, Customer signs an activation certificate. Test access before that date is not activation.
4.4 If Provider fails to meet the activation criteria within the period in clause 4.1 for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay.

5. SERVICE AND SUPPORT
5.1 Provider will use commercially reasonable efforts to keep the API available and to update the Data in line with the update frequencies described in Annex 1. Provider does not guarantee any particular availability, latency or support response time.
5.2 Customer may report problems by email to Provider's support team, which works on Astana business days. Provider will handle reports in the order received and will inform Customer when a problem is resolved.
5.3 Provider may suspend the API for maintenance and will try to announce planned maintenance in advance.
5.4 Provider will provide Customer with a sandbox environment containing sample Data for testing its own integrations, and with code examples in Python and Java. Questions about the meaning of a data field or an index method will be answered by Provider's analysts by email.
5.5 Provider will hold a review meeting with Customer by video conference before the start of each harvest season to present changes in its methods, new data sets and the planned update calendar for the season.

6. DATA QUALITY
6.1 Provider compiles the Data with reasonable skill and care from sources it considers reliable and will correct errors reported by Customer in the next update.
6.2 Customer decides on its own responsibility how to use the Data in its trading decisions.
6.3 Provider shall give Customer at least sixty days' notice before discontinuing any data set or endpoint listed in Annex 1 and shall, where possible, offer an equivalent replacement at no extra cost.
6.4 Provider shall maintain the API documentation, publish release notes for each API version and keep each API version available for at least six months after a new version is released.

7. CUSTOMER CONTENT AND DATA SECURITY
7.1 Customer Content belongs to Customer. Provider shall use Customer Content only to process Customer's requests and prepare Custom Reports under this Agreement, and shall not use it for any other purpose or disclose it to any third party.
7.2 Provider shall protect Customer Content and the API keys with encryption in transit and at rest, role-based access control and logging of all access by its staff. Customer Content shall be stored only in data centres approved by Customer and shall be deleted within thirty days after the end of this Agreement.
7.3 Provider shall notify Customer of any security incident affecting Customer Content or the API keys within twenty-four hours and shall be liable for losses caused to Customer by an incident attributable to Provider.

8. CONFIDENTIALITY
8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's trading positions and areas of interest, and shall use it only for this Agreement.
8.2 This clause survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY
9.1 Provider keeps all rights in the Data, the API and its models.
9.2 Custom Reports, once delivered and paid for, belong to Customer, who may use, modify and distribute them without restriction.

10. SUBCONTRACTORS AND DATA PARTNERS
10.1 Provider may use subcontractors, imagery suppliers and data partners to perform this Agreement. Provider will inform Customer in writing of any new subcontractor before it starts work and remains responsible for their performance.

11. LIABILITY
11.1 Each party's total liability under this Agreement is limited to 150% of the total subscription fee for the two Subscription Years.
11.2 The limit does not apply to breach of clauses 7 and 8 or to wilful misconduct.

12. TERM, RENEWAL AND TERMINATION
12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically.
12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after notice. On such termination Provider refunds the fee for the unused part of the current Subscription Year.
12.3 Provider may suspend access if an undisputed invoice is unpaid sixty days after its due date.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in the English language.

14. GENERAL
14.1 This Agreement, with Annex 1 (Data sets, endpoints and update frequencies), is the entire agreement of the parties.
14.2 Changes must be in writing and signed by both parties.
14.3 Notices under this Agreement shall be in writing and sent by courier or by email with confirmation of receipt to the addresses on the signature page.
14.4 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, war or government action, if it notifies the other party without delay. If such an event prevents delivery of the Data for more than sixty days, either party may terminate by notice and Provider refunds the fee for the unused period.
14.5 This Agreement is signed in English in two originals.

ANNEX 1 - DATA SETS
Crop condition index (weekly, by district); yield estimates (monthly in season, by province); planted area (seasonal); weather observations and forecasts (daily); export grain prices at main stations and ports (daily); freight rates for rail routes to the Chinese border (weekly).

Signed for Customer: ____________________    Signed for Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h612z01_dust_monitoring_platform_government.pdf", "pdf"),
    "z02": ("h612z02_wafer_wire_saw_control_retrofit.docx", "docx"),
    "z03": ("h612z03_snack_chain_replenishment_saas.txt", "txt"),
    "z04": ("h612z04_notary_case_system_annual_om.txt", "txt"),
    "z05": ("h612z05_rice_wine_fermentation_supplier_template.md", "md"),
    "e01": ("h612e01_rail_yard_licence_almaty_vendor.pdf", "pdf"),
    "e02": ("h612e02_freight_visibility_saas_order_form_tashkent.md", "md"),
    "e03": ("h612e03_dam_sensors_monitoring_licence_bishkek.docx", "docx"),
    "e04": ("h612e04_managed_it_services_ulaanbaatar.md", "md"),
    "e05": ("h612e05_grain_data_api_subscription_astana.txt", "txt"),
}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key: (lang, category, terms overriding BASE, extra, tco {base, fee, value} or None, forum_outside, design rules)
D = {
 "z01": ("zh", "software", dict(availability_pct=99.5, ld_rate_per_day_pct=0.02, prepayment_pct=20, warranty_months=24,
         post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1536000), dict(base=860000, value=1536000), False,
         ["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
 "z02": ("zh", "hardware", dict(p1_response_hours=1, prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=18,
         subcontract_without_consent=True, contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2448000), dict(base=2184000, value=2448000), False,
         ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"]),
 "z03": ("zh", "cloud", dict(availability_pct=99.95, buyer_owns_data=False, ld_rate_per_day_pct=500 / 612000 * 100,
         liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None, auto_renewal_price_increase=True,
         governing_law="PRC"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=612000), None, False,
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
 "z04": ("zh", "services", dict(availability_pct=99.95, p1_response_hours=0.25, final_payment_on_acceptance=None),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000), None, False,
         []),
 "z05": ("zh", "software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=None,
         prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
         post_warranty_fee_pct=26, subcontract_without_consent=None, governing_law=None,
         contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
              contract_value=1058000), dict(base=760000, value=1058000), False,
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": ("en", "software", dict(p1_response_hours=1, liability_cap_pct=150, prepayment_pct=20, warranty_months=18,
         post_warranty_fee_pct=11, governing_law="Kazakhstan", contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1480000), dict(base=1180000, value=1480000), True,
         ["CR-GOVERNING-LAW"]),
 "e02": ("en", "cloud", dict(availability_pct=99.5, confidentiality=False, ld_rate_per_day_pct=600 / 778000 * 100,
         liability_cap_pct=200, final_payment_on_acceptance=None),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=778000), None, False,
         ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
 "e03": ("en", "hardware", dict(availability_pct=99.95, p1_response_hours=1, liability_cap_pct=150, prepayment_pct=10,
         warranty_months=36, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1764000), dict(base=1554000, value=1764000), False,
         []),
 "e04": ("en", "services", dict(availability_pct=99.95, data_security_clause=False,
         ld_rate_per_day_pct=1200 / 1732000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
         termination_for_breach=False),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1732000), None, False,
         ["CR-DATA-SECURITY", "CR-TERMINATION"]),
 "e05": ("en", "services", dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=500 / 572000 * 100,
         liability_cap_pct=150, final_payment_on_acceptance=None, subcontract_without_consent=True),
         dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=572000), None,
         False, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
}

TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, tco):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; base = itemised subtotal."""
    if not tco or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * tco["base"] * years
    return fees / (tco["value"] + fees) * 100


def derive(t, x, tco, forum_outside):
    """My reading of policy §3 (and 'Where rules apply')."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, tco)
        if s is not None and s > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules or all(r in LOW for r in rules) else "medium"


def label(key):
    lang, cat, over, extra, tco, forum, design = D[key]
    t = dict(BASE)
    t.update(over)
    assert set(t) == set(KEYS)
    t = {k: t[k] for k in KEYS}
    order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery", "contract_value"]
    x = {k: extra[k] for k in order if k in extra}
    if t["contract_kind"] == "service":
        assert "post_warranty_fee_capped" not in x and t["warranty_months"] is None
    rules = derive(t, x, tco, forum)
    assert rules == sorted(design), (key, rules, design)
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- reading back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

# ---------------------------------------------------------------- no threshold figure anywhere
ZHN = "一二三四五六七八九十百零两"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                   # availability 99.9
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|个?小时)", r"(?<![-\w])four\s*-?\s*hours?\b", rf"(?<![{ZHN}])四个?小时",
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![\d十百])", r"千分之零点五", r"0\.0005(?!\d)",   # LD 0.05 %/day
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百(?![分])", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", rf"百分之三十(?![{ZHN}])", r"\bthirty\s*per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", rf"百分之四十(?![{ZHN}])", r"\bforty\s*per\s*cent",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", rf"百分之十五(?![{ZHN}])", r"\bfifteen\s*per\s*cent",
    rf"(?<![{ZHN}])[三四]成", r"一成半",
    r"(?<![\d.])12\s*-?\s*(?:个月|months?\b)", rf"(?<![{ZHN}])十二个?月", r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?\b",
    r"(?<![\d.])5\s*-?\s*(?:years?\b|年(?!度))", rf"(?<![{ZHN}])五年", r"\bfive\s*(?:\(5\)\s*)?-?\s*years?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "4-hour", "四个小时", "0.05%", "0.05 %", "万分之五",
            "100%", "100 per cent", "30 %", "百分之三十", "40%", "百分之四十", "forty per cent", "15%", "百分之十五",
            "三成", "四成", "12个月", "十二个月", "12 months", "twelve months", "12-month", "5年", "五年", "five years",
            "5-year", "five (5) years"]
MUST_MISS = ["twenty-four hours", "99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.055%", "10.05", "130%", "115%", "240%", "1,500%",
             "2025年", "二十四个月", "六个月", "112 months", "万分之五十", "八成", "十五年", "0.40 per call", "4G",
             "年度", "5个工作日", "25%", "45%"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def scan(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        out += hits(variant)
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def check_label_values(lab, key):
    t = lab["expected_terms"]
    assert t["availability_pct"] != TH["availability"]
    assert t["p1_response_hours"] != TH["p1"]
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - TH["cap"]) > 1e-9
    assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - TH["prepay"]) > 1e-9
    assert t["warranty_months"] != TH["warranty"]
    assert t["post_warranty_fee_pct"] != TH["pwf"]
    s = tco_share(t, lab["expected_extra"], D[key][4])
    assert s is None or abs(s - TH["tco"]) > 2, (key, s)
    return s


# ---------------------------------------------------------------- arithmetic of the drafts
def check_sums():
    assert 860000 + 540000 + 110000 + 26000 == 1536000 and 20 + 45 + 35 == 100 and 860000 * 8 // 100 == 68800
    assert 64 * 17800 + 64 * 6200 + 64 * 2450 + 64 * 3800 + 248000 == 2184000
    assert 2184000 + 236000 + 28000 == 2448000 and 10 + 55 + 35 == 100 and 2184000 * 18 // 100 == 393120
    assert 100 * 2580 == 258000 and 2 * 258000 + 96000 == 612000
    assert 4 * 96500 == 386000
    assert 760000 + 230000 + 68000 == 1058000 and 1058000 * 65 // 100 == 687700 and 1058000 * 35 // 100 == 370300
    assert 760000 * 26 // 100 == 197600
    assert 1180000 + 264000 + 36000 == 1480000 and 20 + 45 + 35 == 100 and 1180000 * 11 // 100 == 129800
    assert 2 * 368000 + 42000 == 778000
    assert 48 * 9600 + 12 * 38500 + 16 * 14200 + 4 * 21500 + 318000 == 1554000
    assert 1554000 + 186000 + 24000 == 1764000 and 1554000 * 8 // 100 == 124320 and 10 + 55 + 35 == 100
    assert 58000 + 36 * 46500 == 1732000
    assert 2 * 286000 == 572000


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    targets = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (name, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[k].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, kind) in FILES.items():
        lab = label(k)
        s = check_label_values(lab, k)
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lab["language"])
        lo, hi = RANGES[lab["language"]]
        found = scan(text) + scan(SRC[k])
        print(f"{k} {name}: length {n} ({lo}-{hi}); rules {lab['expected_rules']} -> {risk(lab['expected_rules'])}"
              + (f"; TCO share {s:.2f} %" if s is not None else "") + (f"; THRESHOLD TEXT {found}" if found else ""))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        if found:
            problems.append((k, "threshold", found))
    assert covered == set(ALL_RULES), ("coverage", set(ALL_RULES) - covered)
    assert not problems, problems
    print("all checks passed; rules covered:", len(covered))
