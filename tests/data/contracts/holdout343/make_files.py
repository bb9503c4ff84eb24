"""holdout343 — ten ordinary draft contracts (5 zh, 5 en), written blind from policy.md / API.md.

Writes every contract (.txt / .md directly, .docx / .pdf through ../word_pdf.py with wrap_words=True) and its .json
label, reads every built file back, checks text lengths, checks that no derived value and no text sits on a policy
threshold, derives the expected rules from the labels by policy.md §3/§4 and prints them per contract.
Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import sys
sys.dont_write_bytecode = True

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1, buyer's paper, compliant)
H343Z01 = """
T:岚州市全民健康信息平台建设项目合同书
P:项目编号：LZCG-2026-GK-0317　　采购方式：公开招标
P:甲方（采购人）：岚州市卫生健康委员会　　地址：岚州市文昌路88号
P:乙方（中标供应商）：杭州衡康数智科技有限公司　　地址：杭州市滨江区江陵路1760号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经平等协商，就岚州市全民健康信息平台建设项目订立本合同。招标文件、投标文件及评标过程中的澄清材料均为本合同的组成部分；各文件内容不一致的，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方负责建设覆盖全市二级以上医院、社区卫生服务中心及乡镇卫生院的全民健康信息平台，包括数据中心、居民主索引、共享交换和综合监管四个子系统。
P:1.2 定制开发内容包括区域检查检验结果互认、家庭医生签约服务接口、妇幼健康及慢病管理专题库，具体以附件1《需求规格说明书》为准。
P:1.3 乙方同时负责历史数据治理与迁移、系统部署、联调和操作培训。平台部署于甲方指定的市政务云，乙方不得将平台或数据部署于其他环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾捌万元整（¥2,480,000），为固定总价，已包含软件许可、定制开发、实施、培训、税费及乙方履行本合同所需的全部费用，甲方不再另行支付任何费用。
P:2.2 分项价格如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（四个子系统，永久使用许可）|1,280,000
TB:2|定制开发（检查检验互认、签约接口、专题库）|736,000
TB:3|数据治理及历史数据迁移|318,000
TB:4|部署实施及培训|146,000
TB:合计||2,480,000
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，乙方开具等额发票，甲方支付合同总价的20%作为预付款，即496,000元。
P:3.2 系统通过初验并上线试运行后，甲方支付合同总价的45%，即1,116,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即868,000元。
P:3.4 甲方通过国库集中支付方式付款。因财政资金审批流程产生的合理延迟，不视为甲方违约。
H:第四条 工期与交付
P:4.1 乙方应于合同签订后150日内完成部署、数据迁移和接口联调，并书面申请初验；初验合格后进入为期90日的试运行。
P:4.2 乙方应按附件2《项目实施计划》按月提交进度报告。甲方要求调整接入机构顺序的，乙方应予配合，工期不因此顺延，但新增工作量经双方书面确认的除外。
H:第五条 验收
P:5.1 初验标准：（1）功能逐项测试符合《需求规格说明书》；（2）接入机构数据按日完整上传，抽样比对无差错；（3）在1,000个并发用户下，查询接口平均响应时间不超过2秒；（4）历史数据迁移经甲方逐库核对签认。
P:5.2 终验标准：（1）试运行期间未发生一级故障；（2）通过第三方网络安全等级保护三级测评和商用密码应用安全性评估；（3）用户手册、运维手册、源代码及数据字典等文档齐全并经甲方确认。
P:5.3 系统上线、试运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内完成整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及每季度一次的巡检。
P:6.2 平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.3 一级故障（平台整体不可用或共享交换中断）乙方应在接报后30分钟内响应，2小时内到达现场，8小时内恢复；二级故障应在2小时内响应，24小时内解决。
P:6.4 乙方未达到第6.3条时限的，每超时1小时扣减服务费1,000元；月可用率每低于承诺值0.01个百分点，扣减2,000元。扣减款项从质量保证金或应付款项中抵扣。
P:6.5 质保期满后，如甲方继续委托乙方提供维护服务，年度维护服务费不超过平台软件许可费的8%，即每年不超过102,400元；前三个服务年度不得调价，此后调价须经双方书面协商一致。
H:第七条 数据安全
P:7.1 平台汇聚的居民健康档案、电子病历及其衍生数据均归甲方所有。乙方仅为履行本合同处理数据，不得用于其他任何目的，不得留存、复制或向任何第三方提供。
P:7.2 乙方应落实等级保护三级要求，对敏感数据加密存储和传输，实行最小权限和运维审计，远程运维须经甲方审批并通过堡垒机进行，测试须使用经甲方脱敏的数据。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取补救措施，并在2小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方由此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:8.2 保密义务不因本合同终止而免除。乙方应与参与本项目的人员签订保密承诺书并报甲方备案。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的程序、接口、专题库及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可使用。
P:9.2 平台产品软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利，否则由乙方负责处理并承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期申请初验或逾期完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合约定且经两次整改仍不合格的，甲方有权拒收并解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 违约金不足以弥补甲方损失的，乙方应补足差额。
H:第十一条 转包与分包
P:11.1 乙方不得转包或分包本合同项下的任何工作。乙方人员变更须经甲方书面同意，项目经理不得更换，确因离职更换的应提前15日报甲方批准。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因政策调整或不可抗力致使合同目的不能实现的，双方可协商解除本合同，并按已完成的工作量结算。
H:第十三条 争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.2 附件：1.需求规格说明书；2.项目实施计划；3.分项报价表；4.服务承诺书。
P:甲方（盖章）：岚州市卫生健康委员会　　授权代表：________　　日期：____年__月__日
P:乙方（盖章）：杭州衡康数智科技有限公司　　授权代表：________　　日期：____年__月__日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H343Z02 = """
T:捻股机电气控制系统改造合同
P:合同编号：RG-SB-2026-041
P:甲方（买方）：泰州瑞钢钢丝绳有限公司
P:乙方（卖方）：无锡拓联自动化工程有限公司
P:甲方捻股车间现有六台管式捻股机控制系统老化，张力波动大、断丝停机不及时。经比选，甲方委托乙方实施电气控制系统改造。双方依据《中华人民共和国民法典》，就改造设备供货、编程调试及后续维保事宜达成如下条款。
H:一、改造范围
P:（一）更换六台捻股机的PLC控制器、牵引及收线伺服驱动系统、张力检测单元和操作触摸屏，保留原机械主体及放线架。
P:（二）配置车间上位监控软件一套，实现六台设备运行状态、捻距、张力、产量和故障信息的集中显示与记录。
P:（三）完成程序设计、工艺参数整定、拆除旧柜、安装接线、空载及带载调试，并对甲方电工和操作工进行培训。
H:二、合同价格
P:（一）合同总价为人民币壹佰贰拾贰万贰仟元整（¥1,222,000），含税，含运输、保险、安装调试及培训费用。
P:（二）分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制器及I/O模块|6套|68,000|408,000
TB:2|伺服驱动器及电机（牵引、收线）|12套|23,500|282,000
TB:3|张力检测与闭环控制单元|6套|19,000|114,000
TB:4|操作触摸屏（HMI）|6台|8,500|51,000
TB:5|上位监控软件许可（6站点）|1套|96,000|96,000
TB:|硬件及软件小计|||951,000
TB:6|程序设计与工艺调试|1项|186,000|186,000
TB:7|拆除、安装及接线|1项|73,000|73,000
TB:8|培训|1项|12,000|12,000
TB:|合计|||1,222,000
H:三、付款方式
P:（一）合同生效后7日内，甲方支付合同总价的12%作为预付款，即146,640元。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的35%，即427,700元。到货签收仅确认数量和外观，不视为质量验收。
P:（三）六台设备全部通过最终验收后，甲方支付合同总价的48%，即586,560元。
P:（四）余款5%即61,100元作为质量保证金，质保期满且无未决质量问题后15日内无息支付。
H:四、工期安排
P:（一）乙方应在合同生效后45日内将全部设备运抵甲方车间。
P:（二）改造按每次停一台的方式分批进行，每台设备停机改造时间不超过6天，全部改造应于设备到货后60日内完成。
P:（三）停机计划须提前7日报甲方生产部确认，乙方应配合甲方订单安排调整顺序。
H:五、验收
P:（一）每台设备改造完成后连续带载运行72小时，并符合以下指标：捻距偏差不超过±0.5%；张力波动不超过设定值的±3%；断丝检测至停机时间不超过0.2秒；单机产能较改造前提升不低于8%。
P:（二）上位监控软件应实时显示六台设备数据，数据刷新周期不超过5秒，历史记录可查询导出。
P:（三）六台全部达标后，由甲方设备部、生产部和质检部联合签署最终验收单。设备投入生产使用或甲方付款，均不视为验收合格。
P:（四）验收不合格的，乙方应在10日内整改并重新验收；两次验收仍不合格的，甲方有权退货并解除合同。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起算。质保期内因设备或程序缺陷产生的维修、更换均由乙方免费负责。
P:（二）故障响应：一级故障（整机停机或安全联锁失效）乙方应在30分钟内电话响应，6小时内到达现场，24小时内修复；二级故障（单项功能异常）2小时内响应，48小时内修复。
P:（三）乙方未在上述时限内响应或到场的，每超时1小时扣减质量保证金500元；因乙方原因整机停机超过24小时的，另按每台每日1,000元扣减。
P:（四）质保期满后，甲方可委托乙方提供年度维保服务。年度维保费按硬件及软件小计的7%计取，即每年66,570元，合同签订后三个维保年度内不得上调。维保内容包括季度巡检、备件更换工时、程序优化及上述响应承诺。
P:（五）乙方应保证停产后备件供应不少于八年，备件价格不高于本合同单价。
H:七、生产数据安全
P:（一）设备运行数据、工艺参数和产量记录归甲方所有，乙方仅可在调试和维保所必需的范围内读取。
P:（二）乙方远程维护须事先取得甲方设备部批准，并通过甲方指定的专用VPN接入，操作全程留存日志；乙方不得将上述数据拷贝至其自有设备或网络。
P:（三）乙方应对其接入工具进行病毒查杀，不得在控制网络中安装与本项目无关的软件。发现数据泄露、篡改或控制网络遭受攻击的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成事故的，乙方承担全部赔偿责任。
H:八、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、工艺参数配方及上位软件配置文件，连同源程序和说明文档，归甲方所有，甲方可自行修改或交由他人维护。
P:（二）上位监控软件产品的著作权归乙方，甲方享有在本厂范围内永久使用的权利。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:（二）因乙方施工造成甲方设备损坏或人员伤害的，由乙方负责修复并赔偿。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十、施工分包
P:乙方可将拆除、安装及接线工作交由具备相应资质的施工单位完成，但应提前三个工作日书面告知甲方施工单位名称及人员名单。乙方对施工单位的行为承担全部责任。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内未能纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
P:（二）因不可抗力致使合同无法履行的，双方可协商解除。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交泰州仲裁委员会仲裁。
H:十三、安全施工与现场管理
P:（一）乙方进场人员应接受甲方安全教育，持证上岗，遵守甲方车间的动火、登高、临时用电和设备挂牌上锁管理规定。
P:（二）每台设备停机改造前，乙方应会同甲方设备部确认断电、挂牌和机械锁止措施；改造后应清理现场，恢复防护罩和安全联锁，经甲方确认后方可试车。
P:（三）拆下的旧控制柜、电机和电缆归甲方所有，由乙方搬运至甲方指定仓库并办理交接。
P:（四）乙方应指定一名项目经理常驻现场，负责施工组织、进度协调和问题处理，未经甲方同意不得更换。
H:十四、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力致使一方不能按期履行的，该方应在3日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方：泰州瑞钢钢丝绳有限公司（盖章）　　代表：________　　日期：________
P:乙方：无锡拓联自动化工程有限公司（盖章）　　代表：________　　日期：________
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）, SaaS + 实施)
H343Z03 = """眼科诊所预约及电子病历云服务合同

合同编号：MM-IT-2026-018

甲方：成都明眸眼科医疗管理有限公司
住所：成都市武侯区人民南路四段27号
乙方：上海瞳云信息科技有限公司
住所：上海市徐汇区宜山路700号

鉴于甲方及其下属二十五家眼科诊所需要统一的预约挂号、验光检查记录及电子病历系统，乙方为提供眼科专科SaaS服务的企业，双方经友好协商，订立本合同，共同遵守。

第一条 服务内容
（1）乙方通过其云平台向甲方及附件一所列二十五家诊所提供“瞳云”眼科诊疗SaaS服务，包括线上预约与排班、视光检查记录、眼科专科电子病历、随访提醒及经营报表模块。
（2）乙方负责实施服务，包括各诊所账号与排班配置、验光仪和眼压计等设备数据对接、与甲方现有HIS及医保结算系统的接口联调、历史病历迁移及人员培训。
（3）服务期为三个服务年度。第一个服务年度自实施验收合格之日起算，此后各服务年度依次顺延。

第二条 服务费用
（1）订阅费按诊所数量计收，每家诊所每个服务年度14,800元，二十五家诊所每个服务年度合计370,000元，三个服务年度合计1,110,000元。
（2）实施费为一次性费用168,000元。
（3）本合同总金额为人民币1,278,000元（含税）。服务期内新增诊所的，按同一单价按月折算计收。

第三条 付款
（1）实施费在实施验收合格后15个工作日内一次性支付。
（2）各服务年度的订阅费于该服务年度开始之日起10个工作日内支付。乙方应提前开具增值税专用发票。
（3）服务期内甲方关闭诊所的，自关闭次月起相应减少订阅费，已付部分按月退还。

第四条 实施与验收
（1）乙方应在合同签订后75日内完成全部二十五家诊所的配置、对接和迁移工作，并书面提请验收。
（2）验收标准：①预约、排班、病历、随访各模块按附件二功能清单逐项测试通过；②历史病历迁移后由甲方抽查各诊所记录，逐条核对无差错；③在300个并发用户下页面平均响应时间不超过2秒；④与HIS及医保结算接口连续15日试运行无一级故障。
（3）诊所开始使用系统不视为验收合格。验收不通过的，乙方应在10日内整改后重新提请验收。
（4）乙方逾期提请验收或逾期完成整改的，每逾期一日向甲方支付违约金1,200元。
（5）乙方应为每家诊所安排不少于半天的现场培训，并为甲方总部培训两名系统管理员，提供操作手册和常见问题视频。
（6）乙方指派的项目经理应具有眼科或医疗信息化实施经验，实施期间每周向甲方提交进度报告，未经甲方同意不得更换。

第五条 服务水平
（1）乙方承诺平台月度可用率不低于99.5%，计划内维护须提前3日通知并安排在每日22:00至次日6:00之间。
（2）一级故障（预约或病历功能整体不可用）乙方应在15分钟内响应，2小时内恢复；二级故障（个别模块或个别诊所异常）1小时内响应，8小时内恢复。
（3）月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的3%向甲方提供服务抵扣，单月抵扣上限为当月订阅费的25%；一级故障超过恢复时限的，每超时1小时另抵扣2,000元。
（4）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障及处理情况。
（5）乙方提供7×24小时服务热线和在线工单系统，工作日8:00至20:00安排眼科业务顾问在线答疑；平台版本升级应提前7日通知甲方，并不得影响诊所营业时间的正常使用。

第六条 数据归属与使用
（1）甲方及诊所在平台中录入或产生的患者信息、检查数据和病历数据归甲方所有。
（2）甲方同意，乙方可对上述数据进行去标识化处理后，用于乙方产品改进、算法模型训练及眼科行业分析报告，该项使用在服务期满后仍可继续。
（3）服务期满或合同解除后30日内，乙方应按甲方要求的格式完整导出并移交数据，随后删除平台中的甲方数据并出具删除证明。

第七条 数据安全
（1）乙方平台应通过网络安全等级保护三级测评，数据存储于中国境内，传输和存储均采取加密措施，并对运维人员实行最小权限管理和操作审计。
（2）乙方应按照《个人信息保护法》等法律法规处理患者个人信息，不得超出本合同约定的范围处理。
（3）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，并采取补救措施；因乙方原因造成数据安全事件的，乙方承担由此产生的赔偿责任及行政责任。

第八条 保密
（1）双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。
（2）本条义务在合同终止后三年内持续有效。

第九条 知识产权
（1）“瞳云”平台及其产品功能的知识产权归乙方所有。
（2）乙方为甲方定制的报表、接口程序和配置方案归甲方所有，甲方可自行修改或交由第三方使用。

第十条 续期与价格
（1）服务期满前30日，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，此后亦同。
（2）续期时乙方有权依据其届时公布的价目表调整订阅费，调整幅度不超过上一服务年度单价的8%，乙方应在服务期满前45日书面通知甲方。

第十一条 分包
乙方不得将本合同项下的服务分包给第三方，但乙方已在附件三中列明并经甲方签字确认的云基础设施服务商除外。乙方新增或更换服务商的，须事先取得甲方书面同意。

第十二条 违约与解除
（1）乙方连续两个月未达到第五条第（1）项的可用率承诺，或发生重大数据安全事件的，甲方有权书面通知解除本合同，乙方应退还未履行期间的订阅费。
（2）任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同并要求赔偿损失。
（3）乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限，但因乙方故意、重大过失或数据安全事件造成的损失不受此限。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交成都仲裁委员会按其仲裁规则仲裁。

第十四条 甲方义务
（1）甲方应指定项目负责人，协调各诊所提供排班规则、设备清单和历史数据，并按时组织验收。
（2）甲方应妥善保管平台账号和口令，对其员工在平台上的操作负责；发现账号被盗用的，应及时通知乙方冻结。
（3）甲方应保证录入平台的患者信息已按法律规定取得必要的告知同意。

第十五条 不可抗力
因不可抗力导致一方不能履行本合同的，该方应及时通知对方并在合理期限内提供证明，可根据影响部分或全部免除责任。云基础设施服务商的一般性故障不属于不可抗力。

第十六条 通知
本合同项下的通知应以书面形式送达双方在首页列明的地址，或发送至双方指定的电子邮箱，电子邮件发出后即视为送达。

第十七条 其他
（1）本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
（2）附件：一、诊所清单；二、功能清单；三、云基础设施服务商清单。
（3）附件一诊所清单（摘要）：成都锦江、青羊、武侯、高新、天府新区、郫都、温江、双流、新都、龙泉驿各一家，德阳、绵阳、乐山、眉山、宜宾、南充、泸州、自贡、遂宁、内江、资阳、雅安、广元、达州、巴中各一家，共计二十五家，各诊所地址及负责人以附件一全文为准。

甲方（盖章）：成都明眸眼科医疗管理有限公司
授权代表：
日期：

乙方（盖章）：上海瞳云信息科技有限公司
授权代表：
日期：
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1, 年度运维, 竞争性磋商)
H343Z04 = """柳川市全民健身公共服务系统2026年度运维服务合同

采购项目编号：LCTY-2026-CS-006（竞争性磋商）
采购人（甲方）：柳川市体育局
成交供应商（乙方）：柳川启衡信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方依据《中华人民共和国政府采购法》和《中华人民共和国民法典》，就柳川市全民健身公共服务系统年度运维服务订立本合同。

1. 服务对象与服务期
1.1 服务对象为柳川市全民健身公共服务系统，包括“柳川健身”小程序、公共体育场馆预约平台、赛事活动报名平台、社会体育指导员管理系统、健身设施点位地图及后台管理系统。
1.2 服务期自2026年1月1日起至2026年12月31日止。服务期满本合同自然终止，甲方如需继续采购，将依法另行组织采购。
1.3 乙方应在服务期开始前完成与原运维单位的交接，接收系统账号、源代码、部署文档和运维记录，并向甲方提交交接报告。

2. 服务内容
2.1 应用运维：监控各子系统运行状态，处理故障和用户反馈工单，配合场馆新增、价格调整等业务配置。
2.2 数据库及中间件运维：日常巡检、性能调优、备份检查及恢复演练（每半年一次）。
2.3 驻场服务：乙方派驻2名运维工程师在甲方办公地点工作，工作日8:30至17:30在岗，节假日及大型赛事期间安排值班。
2.4 小功能优化：根据甲方需求开展功能优化，全年不超过120人日，每项需求由甲方书面下达并确认工作量。
2.5 乙方每月提交运维月报，每季度提交运行分析报告，服务期满提交年度总结。
2.6 重大活动保障：市运动会、全民健身日及马拉松等重大活动期间，乙方应提前制定保障方案，增派人员现场值守，活动结束后提交保障报告。
2.7 乙方应建立运维知识库，记录故障现象、原因和处理方法，服务期满随年度总结一并移交甲方。

3. 服务费用
3.1 本合同总价为人民币陆拾万肆仟元整（¥604,000），为服务期内全部费用，含税。
3.2 费用构成如下：
（1）应用运维服务费：186,000元；
（2）驻场运维人员费用（2人）：264,000元；
（3）数据库及中间件巡检服务费：58,000元；
（4）小功能优化（不超过120人日）：96,000元。
3.3 小功能优化按实际确认的人日结算，单价800元/人日，未使用部分不予支付。

4. 付款方式
4.1 服务费按季度支付，每季度结束后，经甲方季度考核合格，乙方开具发票，甲方在15个工作日内支付当季服务费151,000元。
4.2 季度考核得分低于85分的，按第6.5条扣减后支付。
4.3 第四季度服务费在年度验收合格后支付。

5. 考核与验收
5.1 甲方按附件《运维服务考核细则》每季度对乙方进行考核，考核内容包括工单处理及时率、故障恢复时间、驻场出勤、文档完整性和用户满意度。
5.2 年度验收标准：全年考核平均分不低于85分；全年无因乙方原因导致的重大故障；运维月报、季度报告、年度总结及优化开发文档齐全；系统账号、源代码和文档按甲方要求完整移交。
5.3 甲方在收到乙方验收申请后10个工作日内组织验收，验收不合格的，乙方应在15日内整改。

6. 服务水平
6.1 系统月度可用率不低于99.5%（经甲方批准的计划内停机除外）。
6.2 故障分级及响应要求：
（1）一级故障：系统整体不可用、预约或支付功能中断，乙方30分钟内响应，2小时内恢复；
（2）二级故障：单个子系统或部分场馆功能异常，1小时内响应，8小时内恢复；
（3）三级故障：一般性问题及咨询，当日响应，3个工作日内解决。
6.3 大型赛事报名开放前，乙方应进行压力测试并安排专人值守。
6.4 乙方超过上述响应或恢复时限的，每超时1小时扣减服务费800元。
6.5 月度可用率每低于承诺值0.1个百分点，扣减当季服务费的2%；季度考核得分低于85分的，每低1分扣减当季服务费的1%。

7. 甲方责任
7.1 甲方提供驻场办公场所、网络接入和必要的系统权限。
7.2 甲方指定专人负责需求确认、考核和验收。
7.3 甲方按约定支付服务费。

8. 数据
8.1 系统中的用户注册信息、场馆预约记录、赛事报名数据及其他业务数据均归甲方所有。
8.2 乙方仅可为履行本合同运维职责使用上述数据，不得用于本合同以外的任何用途。

9. 保密
9.1 乙方对履约过程中知悉的甲方工作信息、系统账号、技术文档等负有保密义务，未经甲方书面同意不得向第三方透露。
9.2 乙方应要求驻场人员遵守甲方的工作纪律和保密要求。
9.3 服务期满或合同解除后，乙方应交还全部资料，保密义务继续有效。

10. 知识产权
10.1 乙方在服务期内完成的功能优化程序、源代码、配置文件及文档，知识产权归甲方所有。
10.2 乙方保证其提供的服务和成果不侵犯第三方知识产权。

11. 违约责任
11.1 乙方未在服务期开始前完成交接或驻场人员未按时到岗的，每逾期一日按合同总价的千分之一向甲方支付违约金。
11.2 乙方更换驻场人员须提前7日经甲方同意，擅自更换的，每人次扣减3,000元。
11.3 违约金和扣减款项不足以弥补甲方损失的，乙方应继续赔偿。

12. 分包
乙方不得将本合同项下的服务转包或分包。

13. 合同解除
13.1 乙方连续两个季度考核不合格，或有其他严重违约行为经书面通知后10日内仍未改正的，甲方有权解除合同，并按已完成服务结算。
13.2 合同解除后，乙方应配合甲方完成与新运维单位的交接。

14. 争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

15. 人员管理
15.1 乙方驻场人员应具有相应的专业技术资格，名单及资质证明作为本合同附件；驻场人员应遵守甲方考勤和办公管理制度。
15.2 驻场人员不能胜任工作的，甲方有权要求更换，乙方应在5个工作日内安排符合要求的人员到岗。

16. 不可抗力
因不可抗力致使一方不能履行合同的，应及时通知对方，并在合理期限内提供证明。受影响一方可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。

17. 其他
17.1 本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方二份。
17.2 磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。
17.3 附件《运维服务考核细则》（摘要）：季度考核满分100分，其中工单处理及时率25分，故障恢复时间25分，驻场出勤20分，文档完整性10分，用户满意度20分；满意度由甲方向场馆管理人员和市民随机回访评定。发生因乙方原因导致的重大故障，当季考核直接评定为不合格。
17.4 本合同未尽事宜，由双方协商签订补充协议；补充协议不得改变采购标的、价格和服务标准等实质性内容。

甲方（盖章）：柳川市体育局
代表签字：
乙方（盖章）：柳川启衡信息技术有限公司
代表签字：
签订日期：2025年12月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条 + 1.1, supplier's template)
H343Z05 = """# 云禾ERP软件许可及实施服务合同

> 云禾软件标准合同文本 V5.0（客户版）

合同编号：YH-ERP-2026-0219

**甲方（客户）**：东莞市旺记腊味食品有限公司

**乙方（服务商）**：深圳市云禾软件有限公司

甲方为腊肠、腊肉等腊味制品生产企业，拟引入ERP系统管理采购、生产、仓储、销售及财务业务。乙方为云禾ERP软件的著作权人。双方经协商，就软件许可、定制开发及实施服务订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予云禾ERP标准版软件的使用许可，模块包括财务总账、应收应付、进销存、生产管理和批次追溯，并发用户数60个。

1.2 乙方根据甲方需求进行定制开发，内容包括：腊肠晾晒及烘烤工序批次管理、冷库WMS接口、商超EDI订单对接及食品安全追溯报表。

1.3 乙方提供实施服务，包括业务蓝图、系统配置、期初数据导入、用户培训及上线支持。

## 第二条 合同价款

2.1 合同总价为人民币玖拾陆万元整（¥960,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云禾ERP标准版软件许可（60并发用户） | 720,000 |
| 2 | 定制开发（工序批次、冷库接口、EDI、追溯报表） | 148,000 |
| 3 | 实施服务（蓝图、配置、数据导入、培训） | 92,000 |
| | 合计 | 960,000 |

2.2 上述价格不含甲方自备的服务器、数据库及网络设备费用，不含甲方要求的超出本合同范围的开发工作。超出范围的工作按每人日2,200元另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即480,000元，乙方收到该款项后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即432,000元。

3.3 系统上线满三个月后，甲方支付剩余5%，即48,000元。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付滞纳金，乙方有权暂停服务直至款项付清。

## 第四条 实施进度

4.1 乙方计划在收到首期款后120日内完成系统上线。甲方应按乙方要求及时提供业务资料、期初数据并安排关键用户参与。

4.2 因甲方资料提供延迟、需求变更或人员配合不到位导致的延期，工期相应顺延，乙方不承担责任。

4.3 实施分为五个阶段：项目启动、业务调研与蓝图设计、系统配置与定制开发、数据导入与用户测试、上线切换。各阶段的交付文档以乙方标准模板为准，甲方应在收到文档后3个工作日内签字确认，逾期未确认的视为确认。

4.4 甲方在蓝图确认后提出的需求变更，乙方有权另行报价，并相应调整上线时间。

## 第五条 上线与验收

5.1 乙方完成系统配置和数据导入后，通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 上线后甲方提出的问题，由乙方在维护期内处理，不影响验收结论和付款。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障分级：一级故障指系统无法登录或核心业务无法开单；二级故障指部分功能异常；三级故障指操作咨询。

6.3 一级故障乙方在8小时内响应，二级故障在2个工作日内响应，三级故障在5个工作日内答复。

6.4 乙方将尽力在合理时间内解决故障，但不对解决时间作出承诺。因故障造成的停工、损失，乙方不承担扣款、赔偿或违约金责任。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持及版本升级，应与乙方签订年度维护服务合同。

7.2 年度维护服务费按软件许可费的22%计收，即每年158,400元，于每个维护年度开始前一次性支付。

7.3 甲方未购买维护服务的，乙方不再提供任何技术支持，甲方恢复购买时须补缴中断期间的维护费。

## 第八条 知识产权

8.1 云禾ERP软件及其文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的程序、接口、报表及其源代码、技术文档，知识产权均归乙方所有，甲方在许可期限内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品并向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 合同终止后，甲方可在30日内自行导出业务数据，乙方应提供必要的技术协助。

9.3 乙方在实施和维护中接触甲方数据的，应采取访问控制、加密传输和操作日志等安全措施；发现数据泄露或丢失的，应在24小时内通知甲方并协助处置。因乙方过错造成数据泄露的，乙方承担相应赔偿责任。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，保密期限至本合同终止后三年。

## 第十一条 违约责任

11.1 因乙方原因导致系统逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

11.3 一方严重违约，经对方书面通知后15日内仍未纠正的，守约方有权解除合同。

## 第十二条 甲方义务

12.1 甲方应指定项目经理和各模块关键用户，按乙方实施计划参加蓝图调研、方案确认、系统测试和培训。

12.2 甲方应按乙方提供的模板整理物料、配方、客户、供应商和库存期初数据，并对数据的准确性负责。

12.3 甲方应自行采购并维护运行本系统所需的服务器、数据库、操作系统和网络环境，并符合乙方发布的配置要求。

12.4 甲方不得将软件许可转让、出租或提供给关联公司使用；增加用户数的，应按乙方当时的价格购买许可。

## 第十三条 培训

乙方为甲方提供不超过五天的集中培训，培训对象为甲方关键用户和系统管理员。超过上述天数的培训，按每人日2,200元另行计费。

## 第十四条 不可抗力

因不可抗力导致任何一方不能履行本合同的，不承担违约责任，但应及时通知对方。网络攻击、病毒及第三方软件缺陷造成的影响，视为不可抗力。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，提交乙方所在地的深圳仲裁委员会仲裁。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同文本为乙方标准文本，双方另有约定的，以书面补充协议为准。

**甲方（盖章）**：东莞市旺记腊味食品有限公司　　代表：________

**乙方（盖章）**：深圳市云禾软件有限公司　　代表：________

日期：____年__月__日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows, Latvian vendor)
H343E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GRS-CN-2026-07
P:This Agreement is made between Fuzhou Mingxiu Cork Carving Arts Co., Ltd., a company organised under the laws of the People's Republic of China with its registered address at No. 16 Gongye Road, Gulou District, Fuzhou, Fujian Province (the "Customer"), and Gauja Relief Systems SIA, a company registered in the Republic of Latvia with its registered office at Rigas iela 44, Valmiera, LV-4201, Latvia (the "Vendor").
P:Background. The Customer designs and carves cork relief pictures, screens and souvenir panels in its Fuzhou studio and wishes to move its design work from hand-drawn templates to digital relief modelling linked to its CNC carving machines. The Vendor develops ReliefForge Studio, a software package for designing bas-relief models and generating machining toolpaths. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means ReliefForge Studio and the ReliefForge Toolpath Module in the versions listed in Article 3, including documentation and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the cork-grain texture library and the machine post-processors described in Article 2.3, together with their source files and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.4 that the acceptance criteria have been met.
P:1.4 "Customer Materials" means the Customer's designs, sketches, photographs, scanned artworks, relief models and customer orders, whether supplied to the Vendor or created with the Licensed Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the number of workstations stated in Article 3 for the Customer's own business, including for carving products sold to its clients.
P:2.2 The Vendor shall deliver the Licensed Software by secure download, install it on the Customer's workstations with remote assistance, and carry out five days of on-site training in Fuzhou for designers and machine operators.
P:2.3 The Vendor shall develop for the Customer (a) a texture library reproducing at least forty natural cork-grain and bark patterns scanned from samples supplied by the Customer, and (b) post-processors for the Customer's two five-axis carving machines (models listed in Annex 1), so that toolpaths generated by the Licensed Software run on those machines without manual editing.
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and payable in Chinese Yuan (CNY). Prices include the Vendor's travel costs and all taxes payable by the Vendor outside China; Chinese withholding tax, if any, is borne by the Vendor and deducted from payment.
P:3.2 Price schedule:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|ReliefForge Studio, perpetual licence|8 seats|46,500|372,000
TB:2|ReliefForge Toolpath Module (5-axis), perpetual licence|3 seats|38,000|114,000
TB:Licence subtotal||||486,000
TB:3|Custom Deliverables: cork-grain texture library and two post-processors|1 lot|96,000|96,000
TB:4|Installation, configuration and five days of on-site training|1 lot|44,000|44,000
TB:Total Contract Price||||626,000
P:3.3 The Total Contract Price of CNY 626,000 is fixed. No other charges are payable for the scope of Articles 2 and 6.
H:Article 4 Payment
P:4.1 Twenty per cent (20%) of the Total Contract Price, CNY 125,200, is payable within fifteen days after signature against the Vendor's invoice.
P:4.2 Fifty-five per cent (55%), CNY 344,300, is payable within fifteen days after the Licensed Software has been installed on all eight workstations and the Custom Deliverables have been delivered, as recorded in an installation note. The installation note confirms delivery only and is not acceptance.
P:4.3 The balance of twenty-five per cent (25%), CNY 156,500, is payable within fifteen days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated on the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Licensed Software and deliver the Custom Deliverables within seventy days after signature.
P:5.2 Acceptance tests shall be carried out in the Customer's studio with the Vendor's remote participation and shall show that: (a) ten sample designs chosen by the Customer can be modelled as reliefs and exported without error; (b) toolpaths for those designs run on both carving machines through the post-processors without manual editing; (c) the carved test pieces deviate from the model by no more than 0.1 mm at the measuring points defined in Annex 2; and (d) the texture library contains the agreed patterns at the agreed resolution.
P:5.3 After successful tests, the Customer shall use the system in production for a trial period of fifteen working days. Any Severity 1 defect during the trial period restarts it once it has been corrected.
P:5.4 Final Acceptance takes place when the tests and the trial period have been completed and the Customer signs the acceptance certificate. Installation, use in production or payment shall not be treated as acceptance. If the criteria are not met, the Vendor shall correct the defects within ten days and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the documentation and Article 5.2 for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 Support is provided by telephone, e-mail and remote session in English and Chinese. Severity 1 means that the Licensed Software cannot start or produces corrupted toolpaths so that carving has stopped; Severity 2 means that an important function fails but a workaround exists; Severity 3 covers all other questions.
P:6.3 The Vendor shall respond to a Severity 1 report within two (2) hours and provide a workaround or fix within one business day; Severity 2 within eight business hours with a fix in the next update; Severity 3 within two business days. Response times are measured during the Customer's business hours, 08:30 to 18:00 Beijing time, Monday to Saturday.
P:6.4 For each hour by which the Vendor exceeds the Severity 1 response time, the Customer may deduct CNY 500 from any amount due, or claim it as a credit against maintenance fees.
H:Article 7 Maintenance after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual maintenance covering updates, new versions, support on the terms of Article 6 and adaptation of the post-processors to new machine firmware.
P:7.2 The annual maintenance fee is eleven per cent (11%) of the licence subtotal, namely CNY 53,460 per maintenance year, fixed for the first three maintenance years. Thereafter the Vendor may increase it by no more than three per cent per year on ninety days' notice.
P:7.3 Maintenance is ordered year by year in writing and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Licensed Software.
P:8.2 All rights in the Custom Deliverables pass to the Customer on payment of the amounts due for them. The Customer may use, modify, copy and license them freely, including to a future software supplier. The Vendor may reuse general programming know-how but not the Customer's texture scans.
P:8.3 The Vendor shall defend the Customer against any claim that the Licensed Software infringes third-party rights and shall bear the resulting costs and damages.
H:Article 9 Customer Materials and Data Security
P:9.1 Customer Materials belong to the Customer. The Vendor may access them only to perform this Agreement and shall not copy, retain or use them for any other purpose.
P:9.2 Remote sessions require the Customer's approval for each session, are started by the Customer and are recorded. The Vendor shall use encrypted connections and shall not transfer Customer Materials outside the Customer's systems without written instructions.
P:9.3 The Vendor shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to, loss or disclosure of Customer Materials, shall take remedial measures and shall compensate the Customer for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public business, technical and pricing information received from the other party and shall not disclose it without the other party's prior written consent, except to its advisers bound by similar duties or as required by law.
P:10.2 This Article survives termination for three years.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation and delivery within the period in Article 5.1, it shall pay liquidated damages of CNY 500 for each day of delay, up to a maximum of ten per cent of the Total Contract Price.
P:11.2 The total liability of either party under this Agreement is limited to one hundred and fifty per cent (150%) of the Total Contract Price. This limit does not apply to breach of Articles 9 and 10, infringement claims, or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the work without the Customer's prior written consent and remains responsible for the acts of approved subcontractors.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice.
P:13.2 If the Agreement is terminated for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid, against removal of the Licensed Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Latvia.
P:14.2 Any dispute shall be finally settled by the Riga International Commercial Arbitration Court in Riga in the English language.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese; both versions are equally authentic. Annex 1 (Machine list) and Annex 2 (Acceptance test plan) form part of it.
P:15.2 Amendments must be in writing and signed by both parties.
P:For the Customer: Fuzhou Mingxiu Cork Carving Arts Co., Ltd.   Name: ____________   Date: ________
P:For the Vendor: Gauja Relief Systems SIA   Name: ____________   Date: ________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
H343E02 = """# ORDER FORM AND GENERAL TERMS — TICKETFLOW CLOUD

**Order Form No.:** NT-OF-2026-0113

## PART A — ORDER FORM

### A1. Parties

| | |
|---|---|
| **Provider** | Nemunelis Ticketing UAB, company code 305118842, Respublikos g. 21, LT-42136 Rokiskis, Lithuania |
| **Customer** | Zhangjiajie Wulingyuan Cliffside Lift Tourism Co., Ltd., No. 8 Suoxiyu Road, Wulingyuan District, Zhangjiajie, Hunan Province, China |

The Customer operates the Cliffside sightseeing lift and its lower and upper stations in the Wulingyuan scenic area, with about 2.6 million passengers in a normal season. The Customer orders the TicketFlow Cloud services described below. This Order Form and the General Terms in Part B form the agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Services

1. TicketFlow Cloud ticketing platform: online sales through the Customer's WeChat mini-program and website, time-slot booking for the lift, real-name ticket registration as required by the scenic-area authority, QR-code validation at turnstiles, group and travel-agency accounts, refunds and daily settlement reports.
2. Channel connectors for the three online travel agencies named in Schedule 1.
3. Onboarding: configuration of products, prices and time slots; integration with the Customer's 24 turnstiles at the lower and upper stations and the scenic-area through-ticket system; migration of travel-agency accounts; training of ticket office staff.

### A3. Term

The Initial Term is three (3) Subscription Years. The first Subscription Year begins on the Go-Live Date, being the date on which the Customer signs the Go-Live Acceptance Certificate under A6. Each later Subscription Year begins on the anniversary of the Go-Live Date.

### A4. Fees

At the Customer's request all fees are quoted and invoiced in Chinese Yuan (CNY) and paid to the Provider's account in CNY.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, up to 3.2 million validated tickets per Subscription Year | per Subscription Year | 264,000 |
| Platform subscription, Initial Term | 3 Subscription Years | 792,000 |
| Onboarding (one-time) | fixed | 58,000 |
| **Total fees for the Initial Term** | | **850,000** |
| Tickets above the annual volume | per validated ticket | 0.09 |

Fees for tickets above the annual volume are charged in arrears after the end of each Subscription Year and are not part of the total above.

### A5. Invoicing and Payment

1. The Onboarding fee is invoiced on the Go-Live Date and payable within thirty (30) days.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within thirty (30) days. No fee is due before the Go-Live Date.
3. Amounts are exclusive of VAT, which the Provider's Chinese billing agent will add as required by law.

### A6. Onboarding and Go-Live Acceptance

1. The Provider shall complete Onboarding and make the platform ready for Go-Live Acceptance within sixty (60) days after signature of this Order Form.
2. Go-Live Acceptance requires: (a) a three-day parallel run in which every ticket sold is reconciled with the payment channel and the daily settlement report without difference; (b) QR validation at each turnstile in less than one second; (c) a load test of 2,500 validations per hour at the lower station; and (d) successful exchange of bookings with each travel-agency connector.
3. The Customer shall sign the Go-Live Acceptance Certificate within five business days after the criteria are met, or state in writing which criteria are not met. Using the platform to sell tickets during the parallel run is not acceptance.
4. If the platform is not ready for Go-Live Acceptance by the date in A6.1, the Provider shall pay CNY 600 for each day of delay, up to CNY 60,000.

### A7. Signatures

Signed for the Provider: ____________________  Name / Title: ____________________

Signed for the Customer: ____________________  Name / Title: ____________________

## PART B — GENERAL TERMS

### B1. Service Levels

1. The Provider shall make the platform available 99.95% of the time in each calendar month, measured at the Provider's load balancer and excluding maintenance announced at least five days ahead and scheduled between 23:00 and 05:00 Beijing time.
2. Incidents are classified as Priority 1 (ticket sales or turnstile validation unavailable at either station), Priority 2 (a channel connector, report or other function unavailable) and Priority 3 (other). The Provider shall respond to a Priority 1 incident within thirty (30) minutes, at any time of day, and restore service within three hours; Priority 2 within two hours, with restoration within one business day; Priority 3 within one business day.
3. If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly-equivalent subscription fee for availability below 99.95% but at least 99.5%, 10% below 99.5% but at least 99.0%, and 25% below 99.0%. Each Priority 1 restoration that exceeds three hours adds a credit of CNY 2,000. Credits are deducted from the next invoice.
4. The Provider shall provide offline validation mode on the turnstile controllers so that pre-sold tickets can be validated during an outage.

### B2. Customer Data and Security

1. Customer Data means all visitor names, identity numbers, contact details, bookings, ticket and payment records and reports processed on the platform for the Customer. Customer Data belongs to the Customer.
2. The Provider processes Customer Data only on the Customer's documented instructions and only to provide the services. It shall not use Customer Data for analytics, marketing, product development or any other purpose of its own.
3. Customer Data is stored and processed only in data centres in mainland China operated by the hosting provider named in Schedule 2. The Provider shall encrypt personal information in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least six months, and comply with the Personal Information Protection Law and the Data Security Law.
4. The Provider shall notify the Customer of any security incident affecting Customer Data within twelve hours, cooperate in notifying authorities and visitors, and bear the costs and losses caused by an incident for which it is responsible.
5. On expiry the Provider shall return Customer Data in CSV format and then delete it, confirming deletion in writing.

### B3. Confidentiality

Each party shall keep confidential the other party's non-public information, including prices, visitor statistics and technical documentation, and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

### B4. Intellectual Property

The Provider owns the platform. Configurations, price tables, turnstile integration scripts and reports created specifically for the Customer belong to the Customer, which may use, modify and pass them to any successor provider.

### B5. Subcontracting

The Provider may use the hosting provider named in Schedule 2. Any other subcontractor requires the Customer's prior written consent, and the Provider remains responsible for its subcontractors.

### B6. Renewal

1. After the Initial Term the Agreement renews automatically for successive terms of one Subscription Year each, unless either party gives notice of non-renewal at least sixty (60) days before the end of the current term.
2. The Provider may increase the subscription fee for any renewal term by up to nine per cent (9%) over the fee for the preceding Subscription Year, by notice given at least ninety days before the renewal.

### B7. Term and Termination

1. The Agreement continues for the Initial Term and any renewal term. The Customer acknowledges that the fees are calculated on the basis of the full Initial Term; accordingly the Customer may not terminate the Agreement before the end of the Initial Term, and its remedies for any failure of the Provider are the service credits under B1 and a claim for damages under B8.
2. The Provider may suspend the services if undisputed fees remain unpaid thirty days after a reminder, and may terminate the Agreement if they remain unpaid sixty days after the reminder.

### B8. Liability

1. Each party's total liability under the Agreement is limited to twice the total fees for the Initial Term stated in A4.
2. The limit does not apply to breach of B2 or B3, to death or personal injury, or to fraud.

### B9. Governing Law and Disputes

This Agreement is governed by the laws of the Republic of Lithuania. Disputes shall be resolved by the Vilnius Court of Commercial Arbitration, seated in Vilnius, in English.

### B10. Customer Responsibilities

1. The Customer shall provide network connections at both stations, keep the turnstile controllers powered and connected, and appoint an administrator who manages user accounts and product settings.
2. The Customer is responsible for the prices, time slots, refund rules and visitor notices it configures on the platform, and for obtaining visitors' consent where the law requires it.
3. The Customer shall inform the Provider at least ten days in advance of peak events such as national holidays, so that the Provider can scale capacity and schedule additional support staff.

### B11. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, closure of the scenic area by the authorities or a general failure of public telecommunications networks, provided it notifies the other party promptly and takes reasonable steps to limit the effects. Fees for periods in which the scenic area is closed by order of the authorities for more than fourteen consecutive days are reduced pro rata.

### B12. General

Notices must be in writing and sent to the addresses in A1. Neither party may assign the Agreement without the other's consent. Schedule 1 (Channel connectors) and Schedule 2 (Hosting provider) form part of the Agreement.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table, buyer's paper)
H343E03 = """
T:PURCHASE CONTRACT FOR ORCHARD WEATHER AND SOIL MONITORING SYSTEM
P:Contract No.: JM-PUR-2026-022
P:Buyer: Hainan Ledong Jinmang Agricultural Development Co., Ltd., Jianfeng Town, Ledong Li Autonomous County, Hainan Province, China
P:Supplier: Stiavnica Agrometrics s.r.o., Akademicka 9, 969 01 Banska Stiavnica, Slovak Republic
P:The Buyer grows mangoes on about 1,150 hectares in Ledong and wishes to install a network of automatic weather stations and soil sensors to forecast anthracnose and powdery-mildew risk, plan irrigation and receive early typhoon alerts. Following the Buyer's invitation to tender, the Supplier's offer of 14 January 2026 was selected. This Contract is on the Buyer's standard terms.
H:Section 1 Subject of the Contract
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Section 2 (the "System") at the eighteen orchard blocks shown on the site plan in Annex 1, and train the Buyer's staff.
P:1.2 The System shall include the AgroView platform installed on a server in the Buyer's farm office, with disease-risk and irrigation models configured for mango, and custom rules for typhoon alerts and irrigation scheduling developed for the Buyer (the "Custom Rules").
P:1.3 Equipment shall be suitable for a hot, humid, salt-laden coastal climate and shall carry at least IP66 protection.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese Yuan (CNY). The Contract Price is CNY 878,000, fixed, including packing, sea and inland freight to the farm, insurance, import duties, installation and all taxes.
P:2.2 Price breakdown:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Automatic weather station AWS-7 (air temperature, humidity, leaf wetness, rainfall, wind, solar radiation)|18|21,500|387,000
TB:2|Soil moisture and temperature probe, three depths|40|3,850|154,000
TB:3|LoRaWAN gateway with solar power kit|3|16,000|48,000
TB:4|On-premises server with UPS|1|42,000|42,000
TB:5|AgroView platform, perpetual licence, unlimited users on site|1|126,000|126,000
TB:|Equipment and licence subtotal|||757,000
TB:6|Installation, mast foundations and calibration|1 lot|68,000|68,000
TB:7|Custom Rules (typhoon alerts, irrigation scheduling)|1 lot|39,000|39,000
TB:8|Training (three days on site)|1 lot|14,000|14,000
TB:|Contract Price|||878,000
H:Section 3 Payment
P:3.1 Ten per cent (10%) of the Contract Price, CNY 87,800, is paid as an advance within twenty days after signature, against an advance-payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 Fifty-five per cent (55%), CNY 482,900, is paid within twenty days after all equipment has been delivered to the farm and installed, as confirmed by a delivery and installation record. That record is not acceptance of the System.
P:3.3 Thirty-five per cent (35%), CNY 307,300, is paid within twenty days after Final Acceptance under Section 5.
P:3.4 Each payment requires a valid invoice. The Supplier's Chinese agent may invoice on its behalf.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the farm within ninety days after signature and complete installation and calibration within forty-five days after delivery.
P:4.2 Installation in the orchard blocks must be coordinated with the Buyer's spraying and harvest calendar. The Buyer shall provide access, a foreman and electricity at the farm office.
H:Section 5 Acceptance
P:5.1 After installation, the System shall run for a test period of thirty consecutive days.
P:5.2 The System passes acceptance when: (a) every station and probe reports at ten-minute intervals, and no station or probe misses more than six readings on any day of the test period; (b) air temperature readings of each station are within plus or minus 0.3 degrees Celsius and humidity readings within plus or minus 3% relative humidity of the reference instrument used by the Buyer's inspector; (c) the disease-risk models produce daily outputs for every block; (d) a simulated typhoon warning triggers alerts to the Buyer's managers by SMS and app within five minutes; and (e) manuals, calibration certificates and the as-built site plan have been delivered.
P:5.3 The Buyer shall sign the Final Acceptance certificate within seven days after the criteria have been met. Operation of the System during the test period or any payment does not constitute acceptance. If criteria are not met, the Supplier shall remedy the defects and the test period shall be repeated for the affected blocks.
H:Section 6 Warranty
P:6.1 The Supplier warrants the System for thirty-six (36) months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment free of charge, including parts, labour, freight and customs clearance, and shall correct software defects.
P:6.2 The Supplier shall keep spare stations, probes and one gateway at its agent's store in Haikou during the warranty period.
H:Section 7 Service Levels
P:7.1 Priority 1 means that a gateway or the server has failed so that data from one or more blocks is lost; Priority 2 means that individual stations or probes have failed; Priority 3 covers other faults and questions.
P:7.2 The Supplier shall respond to a Priority 1 fault within one (1) hour by telephone or remote session and shall have an engineer on site within 24 hours if remote repair is not possible. Priority 2 faults shall be repaired within three working days and Priority 3 within ten working days.
P:7.3 For each hour by which the Supplier exceeds the Priority 1 response time, and for each day by which it exceeds an on-site or repair time, the Buyer may deduct CNY 800 from amounts due or claim it from the Supplier.
H:Section 8 Maintenance after Warranty
P:8.1 After the warranty period the Buyer may order annual maintenance covering the services of Sections 6 and 7, one on-site recalibration per year and software updates.
P:8.2 The annual maintenance fee is 6.5% of the equipment and licence subtotal, namely CNY 49,205, and may not be increased for the first two maintenance years. Any later change requires written agreement.
H:Section 9 Data
P:9.1 All weather, soil, irrigation and yield data collected or generated by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The System is installed on the Buyer's premises. The Supplier may access it remotely only with the Buyer's approval for each session, through the VPN provided by the Buyer, and shall not copy data outside the Buyer's systems.
P:9.3 The Supplier shall keep its remote-access credentials secure, report any suspected unauthorised access or data loss to the Buyer within twenty-four hours, assist in restoring data, and compensate the Buyer for damage caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the information received from the other under this Contract, including the Buyer's yield figures, orchard layout and prices, and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:Section 11 Intellectual Property
P:11.1 The Supplier retains its rights in the AgroView platform and grants the Buyer a perpetual licence as stated in Section 2.
P:11.2 The Custom Rules, configurations and site documentation developed under this Contract belong to the Buyer, which may use, change and license them without restriction.
H:Section 12 Delay Damages and Liability
P:12.1 If the Supplier fails to meet a date in Section 4.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to ten per cent of the Contract Price. The Buyer may deduct them from any payment.
P:12.2 The Supplier's total liability under this Contract is limited to two hundred per cent (200%) of the Contract Price, except for liability for personal injury, wilful misconduct, gross negligence or breach of Section 9.
H:Section 13 Subcontracting
P:13.1 The Supplier may not subcontract any part of the work, including the mast foundations, without the Buyer's prior written consent. Approved subcontractors must follow the Buyer's orchard safety rules.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if delay damages reach their maximum.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund payments received for equipment not accepted and bear the cost of its removal.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 Disputes shall be submitted to the Haikou Arbitration Commission for arbitration in Haikou.
H:Section 16 Packing, Shipment and Customs
P:16.1 Equipment shall be packed for sea freight and tropical storage, with each case marked with the contract number and the block number shown in Annex 1. The Supplier is the importer of record and shall obtain any certificates required for the radio equipment.
P:16.2 Risk passes to the Buyer on delivery to the farm as recorded in the delivery record; title passes on payment of the amount under Section 3.2.
H:Section 17 Force Majeure
P:17.1 Neither party is liable for delay caused by typhoons, floods, epidemics or other events beyond its control, provided it notifies the other party within five days and takes reasonable steps to reduce the delay. Typhoon seasons known at signature shall be taken into account in the installation plan.
H:Section 18 Miscellaneous
P:16.1 This Contract is made in English and Chinese, both equally valid. Annex 1 (Site plan) and Annex 2 (Technical specification) form part of it.
P:For the Buyer: ____________________  Date: __________
P:For the Supplier: ____________________  Date: __________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules, Swiss provider)
H343E04 = """# MANAGED BACKUP AND RECOVERY SERVICES AGREEMENT

**Agreement reference:** EDP-CN-2026-014

**Between**

1. **Ergolz Data Protection AG**, a company incorporated in Switzerland, registered office Rheinstrasse 12, 4410 Liestal, Canton of Basel-Landschaft, Switzerland (the "Provider"); and
2. **Zhuji Shanxiahu Lustre Pearl Co., Ltd.**, a company incorporated in the People's Republic of China, registered office No. 3 Zhenxing Road, Shanxiahu Town, Zhuji, Zhejiang Province (the "Customer").

**Recitals**

(A) The Customer grades, drills, bleaches and strings freshwater pearls and sells them to jewellers in China and abroad. Its ERP, grading-image archive, e-commerce order system and finance systems run on 46 servers at its Shanxiahu plant.

(B) After a ransomware incident at a neighbouring company, the Customer wants an off-site, immutable backup of these systems with tested recovery, operated by a specialist.

(C) The Provider operates managed backup services for manufacturers and delivers them in China from a partner data centre in Hangzhou.

**It is agreed as follows.**

## 1. Definitions

1.1 "Services" means the managed backup and recovery services described in clause 2 and Schedule 1.

1.2 "Customer Data" means all data of the Customer copied, stored or processed by the Provider, including backup copies, catalogues and logs.

1.3 "Service Commencement Date" means the date of Onboarding Acceptance under clause 4.

1.4 "Subscription Year" means each successive period starting on the Service Commencement Date or on its anniversary.

## 2. Services

2.1 The Provider shall deploy backup agents on the Customer's servers, install a local backup appliance at the plant, replicate encrypted backups to immutable storage in the Hangzhou data centre, monitor all backup jobs, and perform restores on the Customer's request.

2.2 The Provider shall perform a documented test restore of at least three systems chosen by the Customer every quarter and a full recovery exercise of the ERP once in every Subscription Year, and report the results.

2.3 Retention: daily backups for 35 days, weekly backups for 26 weeks, month-end backups for 36 months, unless the Customer instructs otherwise.

2.4 The Provider shall name a service manager who holds a monthly service review with the Customer's IT manager.

## 3. Term

3.1 This Agreement starts on signature and continues for three Subscription Years from the Service Commencement Date (the "Initial Term").

3.2 After the Initial Term the Agreement renews for further Subscription Years at the same Charges and on the same terms unless either party gives at least ninety days' notice of non-renewal before the end of the current Subscription Year.

## 4. Onboarding and Acceptance

4.1 The Provider shall complete onboarding within forty-five days after signature.

4.2 Onboarding Acceptance requires that: (a) all 46 servers listed in Schedule 3 are protected and their first full backups completed and replicated to Hangzhou; (b) test restores of the ERP database, one file server and the grading-image archive succeed and the restored data is verified by the Customer; (c) the restore of the ERP is completed within six hours; and (d) the run-book for each protected system is delivered.

4.3 The Customer shall sign the acceptance certificate within five business days after the criteria are met. The start of backup jobs or the Customer's reliance on them does not constitute acceptance.

4.4 If Onboarding Acceptance is not achieved within the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay, up to CNY 45,000.

## 5. Charges and Payment

5.1 At the Customer's request the Charges are stated and invoiced in Chinese Yuan (CNY). The Charges are set out in Schedule 2.

5.2 The annual Service Charge is invoiced quarterly in arrears, in four equal instalments of CNY 115,500, each payable within thirty days after the invoice.

5.3 The Onboarding Charge is invoiced on Onboarding Acceptance and payable within thirty days.

5.4 The Customer pays no amount before the Service Commencement Date.

## 6. Service Levels and Credits

6.1 The Provider shall meet the service levels in Schedule 1, including availability of the restore service of 99.95% per calendar month and the response times for each priority.

6.2 If a service level is missed, the Customer is entitled to the service credits stated in Schedule 1, deducted from the next invoice. Credits do not limit the Customer's other rights.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider may process it only to provide the Services and may not access the content of backups except to perform a restore requested by the Customer.

7.2 Backups are encrypted at the source with AES-256 keys held in the Customer's key vault; the Provider holds no copy of the keys. Customer Data is stored only in mainland China and is not transferred abroad, including to the Provider's head office.

7.3 The Provider shall maintain ISO/IEC 27001 certification for the Services, use multi-factor authentication and role-based access for its staff, log all administrative actions and keep those logs for two years.

7.4 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within twelve hours, take immediate containment measures, cooperate with the Customer and the authorities, and indemnify the Customer against losses caused by an incident resulting from the Provider's breach of this clause.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's pricing, supplier lists and pearl-grading methods, and shall use it only for this Agreement.

8.2 This clause survives termination for three years.

## 9. Intellectual Property

9.1 The Provider retains all rights in its backup platform, tools and standard documentation.

9.2 Run-books, restore scripts and system documentation prepared for the Customer belong to the Customer, which may use, modify and share them with any other provider.

## 10. Subcontractors

10.1 The Provider may engage subcontractors to perform any part of the Services, including the Hangzhou data-centre operator and field engineers, by giving the Customer written notice at least fifteen days before the subcontractor starts work. The Provider remains responsible for its subcontractors.

## 11. Liability

11.1 The Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to CNY 260,000.

11.2 Neither party is liable for loss of profit or indirect loss.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. The Customer may also terminate if the Provider misses the restore-time target in Schedule 1 in three months of any Subscription Year.

12.2 On expiry or termination the Provider shall, at the Customer's choice, return Customer Data in a readable format or delete it and certify the deletion.

## 13. Customer Responsibilities

13.1 The Customer shall provide rack space, power and network connectivity for the backup appliance at the plant, administrator access to the protected servers, and a contact who is available to approve restores at any time.

13.2 The Customer shall inform the Provider at least ten business days before adding, removing or replacing protected systems. Changes to Schedule 3 are agreed in writing, and Charges change only as provided in Schedule 2.

## 14. Force Majeure and Notices

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance. A cyber-attack against the Provider's own systems is not force majeure.

14.2 Notices under this Agreement shall be in writing in English or Chinese and sent to the addresses above or to the e-mail addresses designated by each party.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai in accordance with its rules.

**Signed** for the Provider: ____________________ **Signed** for the Customer: ____________________

---

## Schedule 1 — Service Levels and Priorities

| Priority | Definition | Response time | Target |
|---|---|---|---|
| P1 | Backups of production systems failing, or a requested production restore failing or not started | 30 minutes, 24 x 7 | ERP restore completed within 6 hours |
| P2 | Backup failures of non-production systems, degraded replication | 2 hours | resolved within 1 business day |
| P3 | Requests and questions | 1 business day | resolved within 5 business days |

Service credits: for each P1 response that is late, 5% of the monthly-equivalent Service Charge; for each month in which restore-service availability is below 99.95%, 10% of the monthly-equivalent Service Charge. Total credits per month are limited to 25% of the monthly-equivalent Service Charge.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Service Charge (46 servers, up to 80 TB protected) | per Subscription Year | 462,000 |
| Service Charge, Initial Term | 3 Subscription Years | 1,386,000 |
| Onboarding Charge | one-time | 36,000 |
| **Total Contract Value, Initial Term** | | **1,422,000** |
| Additional protected capacity above 80 TB | per TB per month | 180 |

Charges for additional capacity are invoiced quarterly in arrears and are not included in the total.

## Schedule 3 — Protected Systems

The 46 servers listed by host name, operating system and application in the Customer's inventory dated 20 February 2026, attached to this Agreement.
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings + Schedule, Czech vendor)
H343E05 = """IDENTITY VERIFICATION API SUBSCRIPTION AGREEMENT

Agreement number: LIS-2026-CN-031

PARTIES

Luznice Identity Services s.r.o., a company registered in the Commercial Register kept by the Regional Court in Ceske Budejovice, with its registered office at Palackeho 418, 390 01 Tabor, Czech Republic ("Vendor").

Wuxi Lanxiang Micro-Mobility Technology Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 99 Jinxi Road, Binhu District, Wuxi, Jiangsu Province ("Customer").

BACKGROUND

The Customer operates a shared and long-term e-bike rental platform in Wuxi and neighbouring cities. Under local rules for non-motorised vehicle rental and for its insurer, each rider must be verified as a real, adult person before the first ride. The Vendor offers an application programming interface that checks an identity document image and a live selfie of the rider and returns a verification result. The Customer wishes to integrate that interface into its rider app.

1. DEFINITIONS

1.1 "API" means the Vendor's identity verification interface described in the Schedule, including document recognition, liveness detection and face comparison.

1.2 "Check" means one API call that returns a verification result for one rider.

1.3 "Rider Data" means the identity document images, selfie images, names, identity numbers, dates of birth, verification results and related logs of the Customer's riders transmitted to or generated by the API.

1.4 "Subscription Year" means each successive period starting on the Service Start Date or on its anniversary. The "Service Start Date" is the date of Integration Acceptance under clause 4.

2. SERVICE

2.1 The Vendor grants the Customer the right to use the API during the term for verifying riders of the Customer's platform, up to the annual volume of Checks stated in the Schedule.

2.2 The Vendor shall provide sandbox access, technical documentation and software development kits for Android and iOS, and shall assist the Customer's developers with the integration by e-mail and video calls.

2.3 The API is operated from servers located in mainland China, provided by the hosting company named in the Schedule.

2.4 Support is available by e-mail and the Vendor's ticket portal from 09:00 to 17:00 Central European Time on Czech business days. The Vendor will use commercially reasonable efforts to keep the API available and to answer support requests promptly, but it does not commit to any particular availability, response time or resolution time.

3. TERM

3.1 This Agreement begins on signature. The subscription runs for two Subscription Years from the Service Start Date (the "Term").

3.2 The subscription does not renew automatically. Any extension requires a new order signed by both parties, at prices to be agreed at that time.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall make the production API available to the Customer within thirty days after signature.

4.2 Integration Acceptance takes place when the Customer has tested the integrated API on a set of 500 sample Checks prepared by the Customer, including expired, altered and photocopied documents and photographs of photographs, and the results show: (a) no accepted forged or altered document in the sample; (b) a false rejection rate of genuine riders of no more than 2%; (c) a median result time below 800 milliseconds; and (d) correct signing and delivery of asynchronous result callbacks.

4.3 The Customer shall confirm Integration Acceptance in writing within five business days after the tests have been passed. The Customer's production use of the API before that confirmation is not acceptance. If the tests fail, the Vendor shall correct the defects within ten business days and the tests shall be repeated.

5. FEES AND PAYMENT

5.1 At the Customer's request all fees are stated and paid in Chinese Yuan (CNY). The fees are set out in the Schedule.

5.2 The one-time Integration Fee is invoiced on Integration Acceptance.

5.3 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. No fee is invoiced before the Service Start Date.

5.4 Checks above the annual volume are invoiced quarterly in arrears at the overage price in the Schedule.

5.5 Invoices are payable within thirty days. Late payments bear interest at the loan prime rate (LPR) published by the National Interbank Funding Center.

6. RIDER DATA

6.1 Rider Data belongs to the Customer. The Vendor processes Rider Data only as an entrusted party on the Customer's instructions and only to return verification results to the Customer.

6.2 The Vendor shall not use Rider Data, or models, statistics or templates derived from it, for training its algorithms, for improving its products, for providing services to others or for any other purpose.

6.3 Selfie and document images are deleted within 72 hours after the result has been returned. Verification results and logs are kept for the retention period instructed by the Customer and then deleted.

7. DATA SECURITY

7.1 The Vendor shall process Rider Data only on servers in mainland China and shall not transfer it abroad or give access to it to personnel outside mainland China.

7.2 The Vendor shall protect Rider Data by encryption in transit and at rest, strict access control with multi-factor authentication, logging of all access, annual penetration tests and a valid MLPS level-3 filing for the API system, and shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law.

7.3 The Vendor shall notify the Customer within twenty-four hours after discovering any leak, loss, alteration or unauthorised access affecting Rider Data, take remedial measures, assist the Customer in informing riders and authorities, and compensate the Customer for all losses, fines and claims caused by an incident for which the Vendor is responsible.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information, including the Customer's rider numbers, pricing and fraud-prevention rules, and shall not disclose it to third parties without the other party's prior written consent.

8.2 These obligations continue for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The Vendor retains all rights in the API, its models and software development kits.

9.2 The integration code, screens, configuration and documentation produced for the Customer, whether by the Customer or with the Vendor's help, belong to the Customer.

10. SUBCONTRACTING

10.1 The Vendor may use the hosting company named in the Schedule. The Vendor shall not engage any other subcontractor or sub-processor without the Customer's prior written consent.

11. LIABILITY

11.1 Each party's aggregate liability under this Agreement is limited to twice the total fees for the Term stated in the Schedule, excluding fees for Checks above the annual volume.

11.2 The limit does not apply to breaches of clauses 6, 7 and 8 or to wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it.

12.2 The Customer may terminate this Agreement with immediate effect if the Vendor breaches clause 6 or 7 or loses a licence or filing required for the API.

12.3 On termination the Vendor shall refund the part of any Subscription Fee paid that relates to the period after termination and delete all Rider Data, confirming the deletion in writing.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi.

14. CUSTOMER OBLIGATIONS

14.1 The Customer shall inform riders, in its privacy notice and in the app, that their identity is checked with the help of the Vendor, and shall obtain the separate consent required for processing facial information.

14.2 The Customer shall keep its API keys secret, use the API only for riders of its own platform and not resell or share access with third parties.

15. FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, government orders and general failures of public networks, provided it notifies the other party promptly and takes reasonable steps to limit the effects.

16. GENERAL

16.1 This Agreement is made in English and Chinese; both versions are equally authentic.

16.2 Neither party may assign this Agreement without the other party's written consent.

16.3 Notices shall be given in writing to the addresses stated above or to the e-mail addresses designated by each party.

16.4 The Schedule forms part of this Agreement.

SIGNATURES

For the Vendor: ____________________ Name and title: ____________________ Date: __________

For the Customer: ____________________ Name and title: ____________________ Date: __________

SCHEDULE - SERVICE DESCRIPTION AND FEES

A. API functions: document recognition for the mainland resident identity card, the mainland travel permit for Hong Kong, Macao and Taiwan residents, and foreign passports; passive liveness detection on a single selfie; face comparison between selfie and document photo; age check (18 years or older); asynchronous result callback signed with the Customer's key.

B. Hosting company: Jiangsu Yunrui Data Services Co., Ltd., data centre in Suzhou.

C. Fees

Item                                                  Basis                     Amount (CNY)
Subscription Fee, up to 1,200,000 Checks              per Subscription Year     216,000
Subscription Fee for the Term                         2 Subscription Years      432,000
Integration Fee                                       one-time                  24,000
Total fees for the Term                                                         456,000
Checks above the annual volume                        per Check                 0.16

D. Contacts: Vendor support portal and technical account manager as notified by the Vendor; Customer's head of rider operations and head of information security.
"""


# ================================================================ labels
def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, fee, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prepay, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": warr, "post_warranty_fee_pct": fee,
            "auto_renewal_price_increase": auto, "termination_for_breach": term, "subcontract_without_consent": sub,
            "governing_law": law, "contract_kind": kind}


G, S = "goods_or_licence", "service"
C = [
    # key, slug, ext, lang, category, value, price items, payment shares (amounts), fee base, forum outside mainland
    dict(key="h343z01", slug="health_commission_population_health_platform", ext="pdf", lang="zh", category="software",
         value=2480000, items=[1280000, 736000, 318000, 146000], pays=[496000, 1116000, 868000], fee_base=1280000,
         terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 496000 / 2480000 * 100, True, True, 36, 8,
                 False, True, False, "PRC", G),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
         forum_out=False, expected=[]),
    dict(key="h343z02", slug="wire_rope_stranding_machine_control_retrofit", ext="docx", lang="zh", category="hardware",
         value=1222000, items=[408000, 282000, 114000, 51000, 96000, 186000, 73000, 12000],
         pays=[146640, 427700, 586560, 61100], fee_base=951000,
         terms=T(None, 0.5, True, "buyer", True, True, False, 0.08, None, 146640 / 1222000 * 100, True, True, 24, 7,
                 False, True, True, "PRC", G),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
         forum_out=False, expected=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    dict(key="h343z03", slug="eye_clinic_chain_booking_emr_saas", ext="txt", lang="zh", category="cloud",
         value=1278000, items=[370000 * 3, 168000], pays=[168000, 370000, 370000, 370000], fee_base=None,
         terms=T(99.5, 0.25, True, "buyer", True, False, True, 1200 / 1278000 * 100, 150, None, True, None, None, None,
                 True, True, False, "PRC", S),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
         forum_out=False, expected=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    dict(key="h343z04", slug="sports_bureau_fitness_service_system_annual_om", ext="txt", lang="zh", category="services",
         value=604000, items=[186000, 264000, 58000, 96000], pays=[151000] * 4, fee_base=None,
         terms=T(99.5, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None,
                 False, True, False, "PRC", S),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
         forum_out=False, expected=["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"]),
    dict(key="h343z05", slug="sausage_factory_erp_supplier_template", ext="md", lang="zh", category="software",
         value=960000, items=[720000, 148000, 92000], pays=[480000, 432000, 48000], fee_base=720000,
         terms=T(None, 8, False, "supplier", True, True, True, 0.02, 20, 480000 / 960000 * 100, False, False, 6, 22,
                 False, True, None, "PRC", G),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True),
         forum_out=False,
         expected=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                   "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    dict(key="h343e01", slug="cork_carving_relief_software_perpetual_licences", ext="pdf", lang="en", category="software",
         value=626000, items=[372000, 114000, 96000, 44000], pays=[125200, 344300, 156500], fee_base=486000,
         terms=T(None, 2, True, "buyer", True, True, True, 500 / 626000 * 100, 150, 125200 / 626000 * 100, True, True,
                 18, 11, False, True, False, "Latvia", G),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
         forum_out=True, expected=["CR-GOVERNING-LAW"]),
    dict(key="h343e02", slug="sightseeing_lift_ticketing_saas_order_form", ext="md", lang="en", category="cloud",
         value=850000, items=[264000 * 3, 58000], pays=[58000, 264000, 264000, 264000], fee_base=None,
         terms=T(99.95, 0.5, True, "buyer", True, True, True, 600 / 850000 * 100, 200, None, True, None, None, None,
                 True, False, False, "Lithuania", S),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
         forum_out=True, expected=["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-TERMINATION"]),
    dict(key="h343e03", slug="mango_farm_weather_sensors_buyer_paper", ext="docx", lang="en", category="hardware",
         value=878000, items=[387000, 154000, 48000, 42000, 126000, 68000, 39000, 14000],
         pays=[87800, 482900, 307300], fee_base=757000,
         terms=T(None, 1, True, "buyer", True, True, True, 0.1, 200, 87800 / 878000 * 100, True, True, 36, 6.5,
                 False, True, False, "PRC", G),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
         forum_out=False, expected=[]),
    dict(key="h343e04", slug="pearl_processor_managed_backup_service", ext="md", lang="en", category="cloud",
         value=1422000, items=[462000 * 3, 36000], pays=[36000] + [115500] * 12, fee_base=None,
         terms=T(99.95, 0.5, True, "buyer", True, True, True, 900 / 1422000 * 100, 260000 / 1422000 * 100, None, True,
                 None, None, None, False, True, True, "PRC", S),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
         forum_out=False, expected=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    dict(key="h343e05", slug="ebike_rider_id_check_api_subscription", ext="txt", lang="en", category="cloud",
         value=456000, items=[216000 * 2, 24000], pays=[24000, 216000, 216000], fee_base=None,
         terms=T(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None,
                 False, True, False, "PRC", S),
         extra=dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False),
         forum_out=False, expected=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
]
SOURCES = {"h343z01": H343Z01, "h343z02": H343Z02, "h343z03": H343Z03, "h343z04": H343Z04, "h343z05": H343Z05,
           "h343e01": H343E01, "h343e02": H343E02, "h343e03": H343E03, "h343e04": H343E04, "h343e05": H343E05}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(c):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    t = c["terms"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * c["fee_base"]
    total = c["value"] + fees
    return dict(years=years, annual_fee=t["post_warranty_fee_pct"] / 100 * c["fee_base"], fees=fees, total=total,
                share=fees / total * 100)


def derive_rules(c):
    """policy.md §3 applied to the label (my reading of the policy, not the project's code)."""
    t, x, r = c["terms"], c["extra"], set()
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(c)
        if tc and tc["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or c["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ================================================================ threshold scan
ZN = "零〇一二三四五六七八九十百千万两"
PCT = r"\s*(?:%|％|per\s*cent\b|percent\b)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.90*(?!\d)", r"九十九点九(?![零一二三四五六七八九])"],
    "P1 4 hours": [r"(?<![\d.])4\s*-?\s*(?:hours?\b|hrs?\b|h\b|个?小时)", r"\bfour[\s-]+hours?\b",
                   r"(?<![" + ZN + "])四个?小时", r"(?<![\d.])240\s*(?:minutes?\b|mins?\b|分钟)", r"二百四十分钟"],
    "LD 0.05%/day": [r"(?<![\d.])0\.050*(?!\d)" + PCT, r"万分之五(?![" + ZN + "点])", r"千分之零点五"],
    "cap 100%": [r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之一?百(?![" + ZN + "])", r"\b(?:one|a)\s+hundred\s+(?:per\s*cent|percent)\b",
                 r"(?<![A-Za-z-]\s)(?<![A-Za-z-])hundred\s+(?:per\s*cent|percent)\b"],
    "prepayment 30%": [r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![" + ZN + "点])", r"(?<![" + ZN + "])三成",
                       r"\bthirty[\s-]+per\s*cent\b", r"\bthirty[\s-]+percent\b"],
    "TCO/payment 40%": [r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![" + ZN + "点])", r"(?<![" + ZN + "])四成",
                        r"\bforty[\s-]+per\s*cent\b", r"\bforty[\s-]+percent\b"],
    "post-warranty 15%": [r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![" + ZN + "点])", r"\bfifteen[\s-]+per\s*cent\b",
                          r"\bfifteen[\s-]+percent\b"],
    "warranty 12 months / one year": [r"(?<![\d.])12\s*-?\s*(?:months?\b|个月)", r"\btwelve[\s-]+months?\b",
                                      r"(?<![" + ZN + "])十二个(?:自然)?月", r"(?<![" + ZN + "第每])一年",
                                      r"\b(?:one|1)[\s-]+years?\b", r"壹年"],
    "5 years / 60 months": [r"(?<![\d.])5\s*-?\s*(?:years?\b|年)", r"(?<![" + ZN + "第每])五年", r"\bfive[\s-]+years?\b",
                            r"(?<![\d.])60\s*-?\s*(?:months?\b|个月)", r"(?<![" + ZN + "])六十个月", r"\bsixty[\s-]+months?\b"],
}
MUST_HIT = ["99.9%", "可用率99.9%", "99.90 %", "4 hours", "4-hour", "4小时", "四小时", "四个小时", "four hours", "240 minutes",
            "0.05%", "0.05 per cent", "万分之五", "100%", "100 %", "百分之百", "one hundred per cent", "a hundred percent", "30%", "30 per cent",
            "百分之三十", "三成", "thirty per cent", "40%", "百分之四十", "forty per cent", "15%", "百分之十五",
            "fifteen per cent", "12 months", "12个月", "十二个月", "一年", "one year", "one-year", "5 years", "5年", "五年",
            "five years", "60 months", "六十个月"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.99%", "115%", "0.15%", "0.055%", "四十二个月",
             "2025年", "2026年12月", "130%", "1,300%", "百分之三十五", "万分之五十", "万分之八", "1.5倍", "350%", "215%",
             "25年", "35 years", "twenty-four hours", "two hundred per cent", "one hundred and fifty per cent", "twenty-five years", "thirty-five per cent", "120 months", "36 months", "第一年", "每一年", "fifty per cent", "1 hour", "0.5 hours"]


def ascii_bounds(p):
    """\\b would fail next to a Chinese character (also a word character): use ASCII-letter lookarounds instead."""
    if p.startswith(r"\b"):
        p = r"(?<![A-Za-z-])" + p[2:]  # "twenty-four hours" is not "four hours"
    return p.replace(r"\b", r"(?![A-Za-z])")


def hits(text):
    found = []
    for name, pats in THRESHOLD_PATTERNS.items():
        for p in map(ascii_bounds, pats):
            for m in re.finditer(p, text, flags=re.I):
                found.append((name, m.group(0), text[max(0, m.start() - 20):m.end() + 20]))
    return found


def self_test():
    for s in MUST_HIT:
        assert hits(s), "regex misses %r" % s
        assert hits("xx " + s + " yy") and hits("甲方" + s + "乙方"), s
    for s in MUST_MISS:
        assert not hits(s), "regex wrongly hits %r: %s" % (s, hits(s))
        assert not hits("xx " + s + " yy") and not hits("甲方" + s + "乙方"), s


def normalised(text):
    one = re.sub(r"\s+", " ", text)
    cjk = re.sub(r"\s+(?=[\u2e80-\uffff])|(?<=[\u2e80-\uffff])\s+", "", one)
    return [text, one, cjk]


# ================================================================ build + read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    off = dict(availability_pct=[99.9], p1_response_hours=[4], ld_rate_per_day_pct=[0.05], liability_cap_pct=[100],
               prepayment_pct=[30], warranty_months=[12, 60], post_warranty_fee_pct=[15])
    fired, table, bad = set(), [], []
    for c in C:
        name = "%s_%s.%s" % (c["key"], c["slug"], c["ext"])
        src = SOURCES[c["key"]]
        assert sum(c["items"]) == c["value"], (c["key"], sum(c["items"]))
        assert sum(c["pays"]) == c["value"], (c["key"], sum(c["pays"]))
        for amt in c["pays"]:
            share = amt / c["value"] * 100
            assert abs(share - 30) > 0.5 and abs(share - 40) > 0.5, (c["key"], share)
        if c["ext"] in ("docx", "pdf"):
            write({c["key"]: src}, {c["key"]: (name, c["ext"])}, OUT, wrap_words=True)
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
        back = read_back(OUT / name)
        n = size(back, c["lang"])
        lo, hi = (2800, 3300) if c["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            bad.append("%s length %d outside %d-%d" % (name, n, lo, hi))
        for text in normalised(src) + normalised(back):
            h = hits(text)
            assert not h, "%s: threshold figure in text: %s" % (name, h[:5])
        t = c["terms"]
        for k, vals in off.items():
            if t[k] is not None:
                assert all(abs(t[k] - v) > 1e-3 for v in vals), (c["key"], k, t[k])
        tc = tco(c)
        if tc:
            assert abs(tc["share"] - 40) > 0.5, (c["key"], tc)
        rules = derive_rules(c)
        assert rules == sorted(c["expected"]), (c["key"], rules, c["expected"])
        fired |= set(rules)
        label = {"file": name, "language": c["lang"], "category": c["category"], "expected_terms": t,
                 "expected_extra": dict(c["extra"], contract_value=c["value"]), "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        table.append((name, n, "chars" if c["lang"] == "zh" else "words", rules, risk(rules), tc))
    print()
    for name, n, unit, rules, rk, tc in table:
        print("%-62s %5d %-5s risk=%-6s %s" % (name, n, unit, rk, ", ".join(rules) or "(none)"))
        if tc:
            print("    TCO: %d + %.2f y x %.2f = %.2f; post-warranty share %.2f %%"
                  % (tc["total"] - tc["fees"], tc["years"], tc["annual_fee"], tc["total"], tc["share"]))
    assert not bad, bad
    missing = set(SEVERITY) - fired
    assert not missing, "rules never fired: %s" % sorted(missing)
    counts = sorted(len(r) for _, _, _, r, _, _ in table)
    print("\nall 20 CR rules fire at least once; findings per contract:", counts)


if __name__ == "__main__":
    main()
