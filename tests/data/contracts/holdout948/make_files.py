"""holdout948: builds the ten blind held-out draft contracts of this folder from the sources below, writes their .json
labels and asserts the checks of the brief (lengths as read back, no threshold figure in any text or label value,
price sums, rules derived from the labels by my reading of policy section 3 = my design list, all 20 rules covered).

Run: /work/main/.venv/bin/python -B make_files.py   (imports ../word_pdf.py for the .docx and .pdf files)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r'''
T:澜州市商务局共享充电宝经营监管平台采购合同
P:合同编号：LZSW-ZFCG-2027-016　采购方式：公开招标（政府采购）
P:甲方（采购人）：澜州市商务局
P:乙方（供应商）：杭州云擎信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件和中标通知书，双方经协商一致，订立本合同。招标文件、投标文件及澄清材料为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供共享充电宝经营监管平台软件许可，并按甲方需求完成定制开发、部署实施和培训。平台用于对全市共享充电宝运营企业的备案登记、设备投放点位、收费公示、押金及退款投诉、消防安全巡查等事项进行监管。
P:1.2 定制开发内容包括：运营企业数据报送接口（不少于8家企业）、投放点位电子地图、收费标准比对与异常预警、消费投诉流转模块、与市场监管12315平台及城市运行管理中心的数据对接、领导驾驶舱。详细功能以附件1《需求规格说明书》为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾捌万元整（¥1,580,000），包括：平台软件许可费¥860,000（永久使用许可，不限用户数）；定制开发费¥574,000；部署实施费¥118,000；培训费¥28,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件及乙方为履行本合同发生的全部费用，甲方不另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥316,000。
P:3.2 平台部署完成、定制功能全部上线并通过初步验收后，甲方支付合同总价的45%，即¥711,000。
P:3.3 平台试运行满三个月并通过最终验收后，甲方支付合同总价的35%，即¥553,000。
P:3.4 甲方通过国库集中支付方式付款，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后90日内完成平台部署和定制开发，并提交初步验收申请。
P:4.2 乙方应派驻项目经理一名及开发人员不少于四名，未经甲方书面同意不得更换项目经理。乙方人员应遵守甲方的办公和保密管理制度。
P:4.3 乙方应在合同签订后10日内提交项目实施方案和进度计划，经甲方确认后执行；每两周向甲方提交一次书面进度报告，说明已完成工作、存在问题及下一步计划。
P:4.4 乙方应为甲方系统管理员、业务科室人员及运营企业报送人员提供培训，累计不少于6场，并提供培训教材和操作视频。
P:4.5 甲方负责提供政务云资源、网络环境及必要的工作场地，并协调运营企业配合数据对接。
H:第五条 验收
P:5.1 初步验收标准：附件1所列功能逐项测试通过；8家运营企业接口连续10日报送成功率不低于99%；页面平均响应时间不超过2秒（300个并发用户）；第三方测评机构出具的网络安全等级保护测评报告无高风险项。
P:5.2 最终验收标准：试运行期间无一级故障；初验遗留问题全部整改完毕；乙方提交源代码、数据字典、部署手册、操作手册等全部文档。
P:5.3 平台上线、甲方使用平台或支付部分款项，均不视为验收合格。验收由甲方组织，并出具书面验收报告。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期内平台出现缺陷的，乙方应按第七条的时限修复；同一缺陷反复出现三次以上的，乙方应提交根因分析报告并彻底整改。
P:6.3 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%，即每年不超过¥77,400，且质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台无法访问或数据报送中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 响应或恢复每超时1小时，甲方可扣减¥500；月可用率每低于承诺值0.01个百分点，扣减¥1,000，从应付款或履约保证金中扣除。
P:7.4 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，内容包括运行状况、容量使用、安全漏洞扫描结果和优化建议；重大活动期间应安排专人值守。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据模型及相关文档的知识产权归甲方所有，乙方应交付全部源代码，甲方可自行修改、使用或许可第三方使用。
H:第九条 数据安全
P:9.1 平台采集的运营企业数据、点位数据、投诉数据及日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他任何目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，对数据进行加密存储和传输，运维操作须经堡垒机并留存审计日志；发生数据泄露或安全事件，应在1小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:9.3 合同终止或维护服务结束时，乙方应将其掌握的全部甲方数据交还甲方，并在甲方监督下删除其设备中的副本，出具书面删除确认。乙方人员不得以任何方式将数据带离政务云环境。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、企业经营信息及个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.3 甲方逾期付款的（第3.4条情形除外），乙方可书面催告，甲方应在催告后30日内付清。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将合同义务全部或部分转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在10日内移交已完成的开发成果、源代码、文档和全部数据，并配合甲方完成平台迁移；甲方按已验收部分据实结算。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后10个工作日内无息退还。
P:15.2 因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，双方协商延期履行或解除合同。
P:15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.4 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：澜州市商务局　　乙方（盖章）：杭州云擎信息技术有限公司
'''

Z02 = r'''
T:折叠桌生产线控制系统改造合同
P:合同编号：JH-SB-2027-008
P:甲方（买方）：佛山市顺德区嘉禾折叠家具有限公司
P:乙方（卖方）：广州智控自动化工程有限公司
P:甲方拥有折叠桌钢架冲压、焊接、喷涂及总装生产线共四条，现有控制系统老化、停机频繁。经比选，甲方委托乙方对上述生产线的控制系统进行改造。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四条生产线控制系统的设计、设备供货、安装调试、PLC及HMI程序开发、产线监控软件部署和人员培训，使改造后的生产线达到附件《技术协议》规定的各项指标。
P:1.2 改造内容包括：更换主控PLC及控制柜；冲压及折弯工位更换伺服驱动系统；焊接工位加装视觉定位及焊缝检测；喷涂线增加温度、膜厚在线检测；四条线接入产线监控软件，实现产量、节拍、停机原因及能耗的实时采集和统计。
P:1.3 改造须利用甲方安排的停产窗口分线实施，每条线停产时间不得超过7日，不得影响其他生产线的正常运行。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰叁拾贰万元整（¥1,320,000），含税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC及控制柜（含电气元件、线缆）|4套|486,000
TB:2|伺服驱动及电机|32轴|312,000
TB:3|触摸屏/HMI|8台|64,000
TB:4|视觉定位及在线检测传感器|1批|138,000
TB:5|产线监控软件许可（永久，4条线）|1套|96,000
TB:|设备及软件小计||1,096,000
TB:6|安装调试|1项|128,000
TB:7|PLC及HMI程序开发|1项|86,000
TB:8|操作及维修培训|1项|10,000
TB:|合同总价||1,320,000
P:2.2 上述价格包括设备、运输、保险、安装、调试、技术服务及税费，甲方不再支付其他费用。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%，即¥264,000，作为预付款。
P:3.2 全部设备到货、经甲方开箱清点签收后10个工作日内，甲方支付合同总价的35%，即¥462,000。到货签收不代表设备质量验收。
P:3.3 四条生产线全部改造完成并经最终验收合格后15个工作日内，甲方支付合同总价的45%，即¥594,000。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后45日内将全部设备运至甲方厂区，并在合同生效后120日内完成四条生产线的改造和调试。
P:4.2 设备应为全新原厂正品，随附合格证、说明书及原厂质保凭证。
P:4.3 乙方应在进场前提交施工组织方案、停产切换计划和安全措施，经甲方生产部确认后实施。乙方人员进入厂区应遵守甲方安全生产、消防和劳动保护规定，动火、登高及带电作业须办理作业票，因乙方违章作业造成的人身伤害和财产损失由乙方负责。
P:4.4 乙方应在每条生产线改造前对原有控制程序和参数进行完整备份，改造失败时能够在24小时内恢复原系统运行。
H:第五条 验收
P:5.1 每条生产线改造完成后，连续满负荷试生产72小时，且满足以下标准的，该线通过单线验收：冲压节拍不低于每分钟14件；焊缝视觉检测漏检率不高于0.5%；膜厚检测数据与人工抽检偏差不超过3微米；产线监控软件采集的产量与人工统计一致；试生产期间无因控制系统造成的停机。
P:5.2 四条线均通过单线验收并稳定运行满30日后，由甲方组织最终验收，并签署最终验收报告。设备安装完成或投入生产均不视为验收合格。
P:5.3 验收不合格的，乙方应在7日内整改并重新验收，由此产生的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，设备及软件的故障维修、零部件更换及上门服务均免费。
P:6.2 质保期满后，乙方提供年度维保服务（含驻厂工程师一名、备品备件及软件升级），年度维保费按设备及软件小计的28%计取，即每年¥306,880，三年内不作调整。维保合同由双方另行签订，不自动续签。
P:6.3 质保期内同一部件累计故障三次以上的，乙方应更换为同型号全新部件，并重新计算该部件的质保期。
H:第七条 售后服务
P:7.1 一级故障（整条生产线停机）乙方应在1小时内响应，3小时内到场，8小时内恢复生产；二级故障（单个工位异常）2小时内响应，24小时内处理完毕。
P:7.2 乙方响应或到场每超时1小时，应向甲方支付¥800；因一级故障恢复超时造成的停产损失，由乙方另行赔偿。
P:7.3 乙方应在甲方厂区存放常用备件，清单经甲方确认。
P:7.4 质保期内乙方每季度上门巡检一次，检查控制柜、伺服系统和传感器状态，清洁散热部件，并提交巡检报告。
P:7.5 乙方应为甲方电工和班组长提供操作及维修培训，不少于三期，每期不少于两天，培训后甲方人员应能独立完成常见故障处理和程序备份。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方及相关文档归甲方所有，乙方应交付完整的源程序，甲方可自行修改或委托第三方维护。
P:8.2 产线监控软件的标准产品著作权仍归乙方，乙方授予甲方永久使用许可。
H:第九条 数据安全
P:9.1 产线监控软件采集的生产数据、工艺参数及图像均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方逐次审批，通过甲方指定的VPN接入并全程留存日志；乙方应确保其设备及账号不引入病毒或后门。发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置，因乙方原因造成的损失由乙方承担。
P:9.3 合同终止后，乙方应删除其持有的甲方生产数据和工艺参数副本，并向甲方书面确认。
H:第十条 保密
P:10.1 双方对履行本合同中获知的对方技术资料、工艺参数、价格及客户信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:11.3 乙方交付的设备存在质量缺陷的，乙方应负责免费更换；因设备缺陷造成甲方停产的，乙方应赔偿甲方的直接损失。
H:第十二条 分包
P:12.1 乙方不得转包。控制柜现场布线如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日，或交付的系统经两次整改仍不能通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
P:13.2 合同解除后，乙方应配合甲方恢复生产线运行，并移交已完成的程序、图纸和资料。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:第十五条 其他
P:15.1 因不可抗力致使合同不能履行的，受影响方应在3日内通知对方，并在15日内提供有关证明。
P:15.2 本合同附件《技术协议》《设备清单》与本合同具有同等效力。
P:15.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
'''

Z03 = r'''
汽车影院票务及会员管理系统服务合同

合同编号：XY-IT-2027-031

甲方：星野汽车影院连锁管理有限公司
乙方：南京票云科技有限公司

甲方在全国经营汽车影院门店30家，为统一线上购票、场次排期、卖品销售和会员管理，甲方采购乙方的“票云”汽车影院票务及会员管理系统云服务（以下简称“系统”）及实施服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方30家门店提供系统服务，包括：线上购票（小程序、公众号及第三方票务渠道）、车位选座与入场核验、场次排期、卖品及周边商品销售、储值卡与会员积分、营销活动配置、门店及总部经营报表。
2. 订阅范围为30家门店、总部账号不超过80个、门店账号不限。甲方新增门店的，按本合同约定的单店年费同比例增加费用。
（二）实施服务
1. 乙方负责系统初始化配置、30家门店场次及车位数据导入、原有会员及储值余额数据迁移、与甲方财务系统及第三方票务渠道的接口对接、会员小程序界面按甲方品牌定制。
2. 乙方应在合同生效后60日内完成全部门店上线。
3. 乙方应为总部及各门店的票务、卖品和会员运营人员提供培训，总部集中培训不少于两次，门店远程培训覆盖全部30家门店，并提供操作手册和视频教程。
4. 实施期间乙方指定项目经理一名，负责与甲方信息部对接，每周提交实施进度报告；门店上线采取分批切换方式，每批切换前应完成演练，切换当晚安排专人值守。
（三）甲方义务
1. 甲方负责提供门店基础资料、原系统数据导出文件及第三方渠道的接口权限，并指定各门店联系人；
2. 甲方应按约定支付费用，并妥善保管系统账号和密码。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期满前60日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，续期次数不限。续期年度的订阅费由乙方根据产品版本和市场情况调整，乙方应在续期开始前30日书面告知调整后的价格。

三、费用及支付
（一）合同总价为人民币捌拾柒万捌仟元整（¥878,000），其中：
1. 订阅费：每服务年度¥396,000（30家门店×单店年费¥13,200），两个服务年度合计¥792,000；
2. 实施费：一次性¥86,000。
（二）实施费在系统上线验收合格后15个工作日内支付。
（三）每一服务年度的订阅费，在该服务年度开始后15个工作日内支付。
（四）乙方应在收款前开具增值税专用发票。第三方支付渠道手续费由甲方直接与支付机构结算，不包含在本合同价款内。
（五）服务期内新增门店的，按单店年费¥13,200乘以该服务年度剩余天数占全年的比例计费；关闭门店的，自关闭次月起相应减少费用。

四、上线验收
（一）全部门店上线后，甲方按以下标准组织上线验收：
1. 30家门店均完成至少一个营业周末的真实售票，购票、核验、退改签流程全部正常；
2. 原有会员数量、积分及储值余额迁移后与原系统核对一致，差异须全部查明并更正；
3. 与财务系统的日结数据核对连续7日无差异；
4. 高峰时段（每晚19:00至21:00）购票接口平均响应时间不超过1.5秒。
（二）系统上线或甲方门店开始使用，不视为验收合格。验收合格以甲方签署的书面验收单为准。

五、服务水平
（一）系统月可用率不低于99.95%。
（二）故障分级及响应：
1. 一级故障（购票或入场核验不可用）：15分钟内响应，2小时内恢复；
2. 二级故障（部分功能不可用或性能明显下降）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：1个工作日内答复。
（三）服务补偿：月可用率每低于承诺值0.01个百分点，减免当月订阅费的2%；一级故障恢复每超时1小时，减免当月订阅费的3%。当月减免总额以当月订阅费为限，甲方可在下期应付款中直接扣减。
（四）系统版本升级应安排在凌晨2:00至6:00之间进行，并提前3个工作日通知甲方；周末及法定节假日的晚间营业时段不得进行计划内维护。
（五）乙方每月5日前向甲方提供上月服务报告，列明可用率、故障及处理情况。

六、数据
（一）甲方及其会员在系统中产生的订单、会员信息、交易及储值数据均属于甲方所有。
（二）乙方在履行本合同的同时，有权对上述数据进行去标识化处理后，用于乙方的行业分析报告、产品改进及对其他客户提供的经营对标服务；去标识化数据的相关权利归乙方所有，合同终止后乙方仍可继续使用。

七、数据安全
（一）系统部署于境内数据中心，乙方应持有有效的网络安全等级保护第三级备案证明，对会员个人信息加密存储，按最小权限原则管理访问，操作日志保存不少于六个月。
（二）乙方应遵守《个人信息保护法》《数据安全法》，发生数据泄露、篡改或丢失的，应在2小时内通知甲方，配合甲方向监管部门和会员履行告知义务，并承担因其过错给甲方造成的全部损失。
（三）乙方每年至少进行一次渗透测试，并向甲方提供测试结论和整改情况；甲方有权自行或委托第三方对系统安全状况进行检查，乙方应予配合。
（四）合同终止后30日内，乙方应按甲方要求的格式导出并交付全部数据，交付完成后删除其存储的数据副本。

八、保密
双方对因本合同获知的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方定制的会员小程序界面、品牌素材、接口程序及相关文档的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。

十、违约责任
（一）乙方未按第一条约定期限完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方对本合同项下的全部赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第七条造成的损失不受此限。

十一、分包
乙方不得将本合同项下的服务转包或分包给第三方；确需委托第三方实施部分门店现场工作的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收取但尚未提供服务部分的费用。
（二）连续三个月月可用率低于承诺值的，甲方有权解除合同。

（三）合同因任何原因解除或终止的，乙方应提供不少于60日的过渡期服务，配合甲方将数据迁移至甲方指定的系统，过渡期服务费按实际天数折算。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交南京仲裁委员会仲裁。

十四、其他
（一）因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
（二）本合同附件包括《功能清单》《门店清单》《接口说明》，与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　　　　　　　　　日期：
'''

Z04 = r'''
溪宁市档案局档案盒数字化加工监控系统年度运维服务合同

项目编号：XNDA-CS-2027-003（竞争性磋商）

甲方（采购人）：溪宁市档案局
乙方（成交供应商）：溪宁数安信息工程有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就档案盒数字化加工监控系统年度运维服务事宜，订立本合同。

第一条 运维对象
（一）本合同运维对象为甲方档案盒数字化加工监控系统，包括：档案出入库登记与条码追踪子系统、加工场所视频监控子系统（高清摄像机112路、硬盘录像机6台）、加工进度与质量抽检子系统、门禁及人员管理子系统，以及服务器8台、存储2套、网络交换设备14台和数据库、中间件等基础软件。
（二）系统用于对外包数字化加工的全过程进行监控，确保档案实体在拆卷、扫描、装订、归还各环节可追溯，防止档案丢失、损毁和信息外泄。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，是否继续采购由甲方按政府采购程序另行确定，本合同不自动续期。
服务开始后15日内，乙方应完成与原运维单位的交接，逐项核对设备清单、账号权限和运维文档，发现的问题应书面报告甲方。服务期满时，乙方应配合甲方或新的运维单位完成交接，交接期不少于15日，交接期间不得中断服务。

第三条 服务内容
（一）日常运维：乙方派驻运维工程师两名，在甲方工作日驻场服务，负责系统运行监测、日志检查、数据备份、账号权限维护及用户操作支持。
（二）定期巡检：乙方每月对服务器、存储、摄像机及网络设备进行一次巡检，每季度进行一次全面检查，提交巡检报告。
（三）安全运维：乙方每季度开展一次漏洞扫描和基线核查，对发现的中高危漏洞在15个工作日内完成整改或提出经甲方认可的处置方案。
（四）数据备份：业务数据库每日增量备份、每周全量备份，视频录像保存不少于90日；每半年进行一次备份恢复演练。
（五）应急保障：在档案移交进馆、重要检查等重大活动期间，乙方应安排专人现场值守。
（六）配件更换：单价在人民币2,000元以下的易损配件由乙方免费更换；超过该金额的，乙方提出更换方案，经甲方同意后另行采购。

（七）运维报告：乙方每月5日前提交上月运维月报，内容包括系统运行情况、故障处理、巡检结果、备份情况、安全事件及改进建议；每年末提交年度运维总结，并对系统扩容、设备更新提出书面建议。
（八）运维文档：乙方应建立并持续更新系统资产台账、网络拓扑图、账号权限清单、配置基线及应急预案，服务期满时完整移交甲方。

第四条 服务水平
（一）监控系统月可用率不低于99.95%，视频录像应完整连续，不得出现无故缺失。
（二）故障分级及响应时限：
1. 一级故障（系统整体不可用、视频监控大面积中断或出入库登记无法进行）：乙方应在6小时内响应并到场处理，24小时内恢复；
2. 二级故障（单个子系统或部分设备故障）：8小时内响应，48小时内修复；
3. 三级故障（一般操作问题）：1个工作日内解决。
（三）乙方未达到上述服务水平的：月可用率每低于承诺值0.01个百分点，扣减当季度运维费的1%；响应或恢复每超时1小时，扣减¥300。扣减金额从当季度应付运维费中直接扣除。

第五条 服务费用及支付
（一）本合同总价为人民币叁拾陆万捌仟元整（¥368,000），包括驻场人员、巡检、安全运维、备份演练、易损配件及税费等全部费用。
（二）运维费按季度支付，每季度¥92,000。每季度结束后，甲方按第六条进行季度考核，考核合格且收到乙方发票后15个工作日内支付当季度运维费（扣除第四条、第九条所列扣减金额后的余额）。
（三）甲方不向乙方支付预付款。

第六条 考核与验收
（一）季度考核标准：月可用率及视频录像达到第四条要求；巡检报告、漏洞扫描报告按期提交；中高危漏洞按期整改；备份检查记录完整；用户满意度评价不低于85分。
（二）服务期满后，甲方组织年度验收，审查全年运维记录、故障处理记录、备份恢复演练报告及运维文档，形成书面验收意见。年度验收的标准为：全年四个季度考核均合格（含整改后合格）；全年无因乙方原因造成的数据丢失或安全事件；运维文档齐全并已移交。季度考核不合格的，乙方应在10日内整改并重新考核。

第七条 数据安全
（一）系统中的档案目录、出入库记录、视频录像及全部业务数据均属于甲方所有，乙方仅可为履行本合同进行必要操作，不得拷贝、留存或用于其他用途。
（二）乙方运维人员应使用甲方分配的专用账号，通过堡垒机进行操作，禁止使用个人移动存储介质；涉及数据库的变更操作须事先报甲方审批。
（三）乙方应建立数据安全管理制度和应急预案。发生数据泄露、损毁或被非法访问的，乙方应在1小时内报告甲方，并配合开展调查和处置；因乙方原因造成的损失由乙方全额赔偿，并承担相应法律责任。

第八条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、运维手册及报告的知识产权归甲方所有，甲方可自行使用和修改。

第九条 违约责任
（一）乙方未按第三条约定期限完成巡检、漏洞整改或备份演练的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员缺勤的，每人每日扣减¥600；未经甲方同意更换驻场人员的，每人次扣减¥2,000。
（三）因乙方运维不当造成系统数据丢失或设备损坏的，乙方应负责恢复或赔偿。
（四）服务期满时乙方未按第三条第（八）项完整移交运维文档的，甲方可暂缓支付第四季度运维费，直至移交完毕。

第十条 分包
乙方不得将本合同项下的运维服务转包或分包。

第十一条 人员管理
乙方驻场人员应具有相应的专业资质，接受甲方的安全教育和日常管理，遵守甲方的安全管理规定。乙方更换驻场人员应提前10日书面申请，经甲方同意后方可更换，新人员的资质不得低于原人员。驻场人员进场前应签署信息安全承诺书，并经甲方背景审查。乙方应为驻场人员依法缴纳社会保险并购买意外伤害保险，驻场人员在服务期间发生的人身伤害由乙方负责处理。

第十二条 甲方义务
（一）甲方应为驻场人员提供办公场所、必要的网络接入和工作条件，指定一名联系人负责日常工作协调。
（二）甲方应及时审批乙方提交的变更申请，并按约定支付运维费用。
（三）甲方发现系统异常时，应及时通知乙方，并配合乙方进行故障排查。

第十三条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，根据不可抗力的影响部分或全部免除责任。

第十四条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。竞争性磋商文件、乙方响应文件及磋商过程中乙方作出的书面承诺为本合同的组成部分。本合同未尽事宜，由双方协商签订补充协议，补充协议不得违背磋商文件的实质性内容。

甲方（盖章）：溪宁市档案局　　　乙方（盖章）：溪宁数安信息工程有限公司
签订日期：
'''

Z05 = r'''
# 软件许可及定制开发合同

**匠迹标准合同文本 V3.0（供应商格式合同）**

合同编号：JJ-2027-0419

- 甲方（用户）：扬州锦贝螺钿工艺工作室
- 乙方（服务商）：苏州匠迹软件有限公司

鉴于甲方为螺钿漆器手工制作工作室，需对贝壳料入库、选料、切磨、镶嵌、髹漆、推光等工序进行记录和追溯；乙方拥有“匠迹”工艺追溯软件的著作权。双方经友好协商，就软件许可及定制开发事宜达成如下条款。

## 第一条 定义

1.1 “标准软件”指乙方拥有著作权的“匠迹”工艺追溯软件标准版及其后续版本。

1.2 “定制开发成果”指乙方根据甲方需求，在标准软件基础上开发的功能模块、页面、报表、接口及相关文档。

1.3 “上线”指乙方将软件部署至甲方服务器或乙方指定的云主机，并开通甲方账号。

## 第二条 合同内容

2.1 乙方授予甲方标准软件的使用许可，许可范围为甲方一个工作室、10个并发用户，许可期限为永久。

2.2 乙方为甲方进行以下定制开发：贝壳料（鲍鱼贝、夜光贝、珍珠母贝）批次登记与色泽分级；工序看板及工时记录；每件作品的工艺档案与扫码追溯页面；作品证书生成；与甲方网店订单的对接。

2.3 乙方负责软件部署、基础数据初始化及一次集中培训。培训在甲方工作室进行，时长一天，参加人员不超过8人；超出部分的培训按乙方报价另行收费。

2.4 定制开发的具体功能以双方确认的《需求确认单》为准。《需求确认单》经甲方签字后，甲方再提出的修改按需求变更处理。

2.5 软件运行所需的服务器、操作系统、数据库、扫码枪、标签打印机及网络环境由甲方自行准备，不在本合同范围内。

## 第三条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可（永久，10并发用户） | 168,000 |
| 2 | 定制开发 | 156,000 |
| 3 | 部署及培训 | 24,000 |
| | 合计 | 348,000 |

合同总价为人民币叁拾肆万捌仟元整（¥348,000），含税。

## 第四条 付款方式

4.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥226,200。乙方收到该款项后开始工作。

4.2 软件上线后5个工作日内，甲方支付合同总价的35%，即¥121,800。

4.3 乙方在收到款项后开具增值税普通发票；甲方需要专用发票的，应在付款前提供开票资料。

4.4 甲方未按期付款的，乙方有权暂停开发、暂停账号使用，由此造成的工期延误由甲方负责，且甲方每逾期一日应按应付金额的千分之一向乙方支付违约金。

## 第五条 交付与验收

5.1 乙方在收到首期款后75个工作日内完成定制开发并上线。因甲方需求变更、资料提供不及时等原因造成的延误，交付期限相应顺延。

5.2 软件上线即视为甲方验收合格。甲方如对功能有异议，应在上线后3个工作日内书面提出，逾期未提出的视为无异议。

5.3 甲方在上线后提出的新需求，按乙方的人天单价另行计费。

5.4 乙方在上线前向甲方演示主要功能，甲方应派人参加。演示不影响第5.2条的约定。

## 第六条 维护服务

6.1 乙方自软件上线之日起提供六个月的免费维护，内容为缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护和升级服务，应按乙方届时公布的维护服务价格标准支付年度维护费。

6.3 维护期内，对于导致软件无法使用的一级故障，乙方在工作日24小时内响应；其他问题在3个工作日内响应。乙方通过电话、远程协助方式提供支持，需上门服务的，差旅费用由甲方承担。

6.4 以下情形不属于免费维护范围：甲方自行修改软件或数据；硬件、操作系统或网络故障；甲方新增功能需求；因甲方使用不当造成的数据错误。上述情形乙方可协助处理，费用另计。

6.5 乙方有权对软件进行版本升级，升级后的版本可能调整部分功能或界面，乙方将提前通知甲方。

## 第七条 知识产权

7.1 标准软件及定制开发成果（含源代码、数据库设计及文档）的著作权和其他知识产权均归乙方所有。

7.2 甲方在本合同约定的许可范围内享有定制开发成果的使用权，不得自行或委托他人修改、反编译，不得向第三方提供。

7.3 乙方有权将定制开发成果中的通用功能纳入标准软件，向其他客户提供。

## 第八条 数据

8.1 甲方在软件中录入的工艺记录、作品档案、客户信息等数据归甲方所有。

8.2 甲方同意乙方可对上述数据进行匿名化处理后，用于乙方产品的改进、工艺数据库建设和行业研究，该等使用不需另行取得甲方同意，也不向甲方支付费用。

8.3 乙方对其托管的数据采取访问控制、加密传输和每日备份等安全措施。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并依照第十条承担责任。

8.4 合同终止后，甲方可在30日内申请导出其数据，乙方按标准格式提供一次导出；超过期限或需特殊格式的，乙方可收取导出费用，并有权删除甲方数据。

## 第九条 保密

双方对在合作中获知的对方商业信息、技术资料和工艺诀窍负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。乙方可在其官网、宣传材料中将甲方列为客户案例，甲方书面反对的除外。

## 第十条 违约责任

10.1 乙方未按第五条约定期限上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（包括违约金和损害赔偿），累计不超过合同总价的20%。

10.3 在任何情况下，乙方不对甲方的间接损失、利润损失、作品价值损失或商誉损失承担责任。

10.4 软件生成的作品证书及追溯页面的内容由甲方录入和确认，乙方对其真实性、准确性不承担责任；因证书内容引起的第三方索赔由甲方自行处理。

## 第十一条 双方责任

11.1 甲方应指定一名联系人，负责需求确认、资料提供和测试配合，并保证所提供资料的真实、完整。

11.2 甲方应按乙方提供的操作手册使用软件，妥善保管账号和密码。因甲方操作不当、擅自修改数据库或使用非授权第三方软件造成的问题，不属于乙方维护范围。

11.3 乙方应按本合同约定提供软件和服务，并对其工作人员在甲方工作室内的行为负责。乙方人员上门工作期间应遵守甲方的工作室管理规定，不得触碰、移动甲方的作品和原料。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后15日内仍未改正的，守约方有权解除本合同。

12.2 甲方解除合同的，已支付的款项不予退还，但乙方根本违约的除外。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力或乙方无法控制的原因导致不能履行合同的，受影响方不承担责任，但应在事后及时通知对方。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 双方往来通知以书面形式或电子邮件发送至本合同首页所列地址，发出后第二日视为送达。

15.3 本合同为乙方格式文本，双方另有约定的，以补充协议为准。

甲方（盖章）：　　　　　　　乙方（盖章）：
'''

E01 = r'''
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HF-IT-2027-022
P:This Software Licence and Services Agreement (the "Agreement") is made between Shandong Hengfeng Feed Co., Ltd., a company registered in Weifang, Shandong Province, People's Republic of China (the "Buyer"), and High Plains Batching Systems, Inc., a Kansas corporation with its principal office in Hays, Kansas, United States of America (the "Vendor").
P:The Buyer operates six feed mills and wishes to replace its batching control and formulation software with a single system that records every batch from ingredient receipt to finished-feed dispatch. The Vendor develops and licenses the MillTrace batching and traceability software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the MillTrace Batching Server, the MillTrace plant clients and the Formulation and Traceability module listed in Article 3, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all interfaces, reports, batch-ticket layouts, configuration scripts, data-migration programs and documentation written by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all formulas, ingredient records, batch records, supplier and customer records and other data entered into or generated by the Licensed Software at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the system has passed all acceptance tests.
H:Article 2 Scope
P:2.1 The Vendor shall license the Licensed Software to the Buyer and shall install, configure and commission it at the Buyer's six feed mills, migrate the Buyer's existing formulas and ingredient master data, build interfaces to the Buyer's ERP system, weighbridge system and laboratory system, and train the Buyer's staff.
P:2.2 The Buyer shall provide the servers, operating systems, database licences and network connections described in Annex 2, site access during working hours, and a project manager with authority to make decisions.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,810,000 (one million eight hundred and ten thousand yuan), inclusive of all taxes, travel and expenses, made up as follows: MillTrace Batching Server perpetual licence CNY 680,000; six plant client licences at CNY 60,000 each, CNY 360,000; Formulation and Traceability module CNY 200,000; Licence Fee subtotal CNY 1,240,000; implementation and commissioning CNY 386,000; interfaces CNY 148,000; training CNY 36,000.
P:3.2 The Contract Price is fixed. No further charge is payable for the scope described in this Agreement and its annexes.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 362,000) within 20 days after signature of this Agreement and receipt of an advance payment guarantee from a bank acceptable to the Buyer, valid until the Installation Certificate is issued.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 814,500) within 20 days after the Installation Certificate is issued for all six mills. The Installation Certificate records that the software is installed; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 633,500) within 20 days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid VAT invoice. Payments are made in CNY by bank transfer to the Vendor's account named in Annex 4.
H:Article 5 Delivery and Time Schedule
P:5.1 The Vendor shall complete installation at all six mills within 100 days after signature and shall be ready for acceptance testing within 130 days after signature.
P:5.2 The Vendor shall submit a project plan within 10 days after signature and a written progress report every two weeks. The Vendor's project manager shall not be replaced without the Buyer's prior written consent.
H:Article 6 Acceptance
P:6.1 Acceptance testing shall follow the test plan in Annex 3 and shall include at least the following criteria: every batch at each mill is weighed within the tolerance set for each scale; batch records reconcile with the ERP production orders for 20 consecutive working days without unexplained difference; a finished-feed lot can be traced back to every ingredient lot and supplier within 30 seconds; all interfaces in Annex 1 operate without manual intervention; and no Severity 1 incident occurs during a 30-day operating period.
P:6.2 If a test fails, the Vendor shall correct the defect and repeat the test within 10 days at its own cost.
P:6.3 When all criteria are met, the Buyer shall issue a written Final Acceptance certificate within 10 working days. Installation, go-live, use of the system in production or payment of any instalment shall not be deemed acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with their documentation and the specifications in Annex 1 for 24 months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct all defects, supply all updates and new versions, and provide telephone, remote and on-site support free of charge.
P:7.3 After the Warranty Period the Buyer may order annual support. The annual support fee shall be 11% of the Licence Fee subtotal, that is CNY 136,400 per year, and shall remain fixed for the first three years after the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 8 Support Levels
P:8.1 The Vendor shall respond to incidents reported by the Buyer as follows: Severity 1 (batching stopped at any mill): response within 1 hour and a workaround within 8 hours; Severity 2 (a function unavailable but batching continues): response within 2 hours and a fix within 2 working days; Severity 3 (minor issue or question): response within 1 working day.
P:8.2 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000; for Severity 2, CNY 300 per hour. Credits are deducted from the next payment or paid within 30 days.
H:Article 9 Intellectual Property
P:9.1 The Licensed Software remains the property of the Vendor. The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Licensed Software at its six mills and at any further mill it operates after paying the applicable plant client licence fee.
P:9.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them to third parties without restriction.
P:9.3 The Vendor shall indemnify the Buyer against any claim that the Licensed Software or Custom Deliverables infringe a third party's rights.
H:Article 10 Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose, including in aggregated or anonymised form.
P:10.2 The Vendor shall access the Buyer's systems only through the remote-access gateway designated by the Buyer, with approval for each session and individual named accounts. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law and shall not transfer Buyer Data outside the People's Republic of China.
P:10.3 The Vendor shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to or loss of Buyer Data, shall take all steps needed to contain it, and shall be liable for all loss caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including feed formulas, prices and customer information, and shall use it only for this Agreement. This obligation survives for five years after termination.
H:Article 12 Delay Damages
P:12.1 If the Vendor fails to reach readiness for acceptance testing or Final Acceptance by the dates in Article 5 or the project plan, the Vendor shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:12.2 Payment of delay damages does not relieve the Vendor of its obligation to complete the work.
H:Article 13 Limitation of Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement of intellectual property or breach of Articles 10 and 11.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:15.2 On termination, the Vendor shall deliver all completed Custom Deliverables and return or delete Buyer Data as the Buyer directs, and shall refund amounts paid for work not performed.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 17 Governing Law and Disputes
P:17.1 This Agreement is governed by the laws of the State of Kansas, United States of America, without regard to its conflict-of-laws rules.
P:17.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Kansas, and each party submits to the jurisdiction of those courts.
H:Article 18 General
P:18.1 This Agreement, with its Annexes (Annex 1 Specifications; Annex 2 Buyer's Infrastructure; Annex 3 Acceptance Test Plan; Annex 4 Bank Details), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
'''

E02 = r'''
# ORDER FORM AND GENERAL TERMS

**FieldOps Cloud Subscription, Order Form No. PFO-CN-2027-0147**

## PART A: ORDER FORM

### A1. Parties

- **Customer:** Karamay Tianyuan Oilfield Services Co., Ltd., Karamay, Xinjiang Uygur Autonomous Region, People's Republic of China.
- **Vendor:** Permian FieldOps Software LLC, a Texas limited liability company with its office in Odessa, Texas, United States of America.

This Order Form, together with the General Terms in Part B, forms one agreement (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

### A2. Services

The Vendor shall provide the FieldOps Cloud service (the "Service") for the Customer's well-servicing, cementing and coil-tubing crews, covering:

1. electronic field tickets, signed on tablets at the wellsite and approved by the operator's representative;
2. crew and equipment scheduling across the Customer's four operating bases;
3. equipment inspection checklists and maintenance reminders for trucks, pumps and pressure-control equipment;
4. job costing reports and export of approved tickets to the Customer's Kingdee ERP.

Subscription scope: 180 named users, unlimited tablets, 500 GB of document storage. Onboarding covers configuration of ticket templates, data import of 1,100 equipment records, the ERP interface and training of 24 key users.

### A3. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 begins on the date of Go-Live Acceptance under Section B3 and Subscription Year 2 begins on its first anniversary. The Agreement does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 180 named users at CNY 2,700 | 486,000 |
| Subscription Fee, Subscription Year 2 | 180 named users at CNY 2,700 | 486,000 |
| Onboarding Services | fixed, one-time | 64,000 |
| **Total Contract Value** | | **1,036,000** |

All fees include VAT and all travel costs. Additional named users may be added at CNY 2,700 per user per Subscription Year, prorated by day.

### A5. Invoicing and Payment

1. Onboarding Services are invoiced upon Go-Live Acceptance.
2. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year.
3. The Customer shall pay each undisputed invoice within 30 days of receipt of a valid VAT invoice. No amount is payable before Go-Live Acceptance.

### A6. Key Dates and Contacts

- Target Go-Live date: 75 days after signature of this Order Form.
- Customer contact: IT Department, Karamay head office.
- Vendor contact: China Program Manager, Permian FieldOps Software LLC.

## PART B: GENERAL TERMS

### B1. Definitions

1.1 "Customer Data" means all data, documents and images submitted to the Service by or for the Customer, including field tickets, crew records, well and customer information and equipment records, and all output generated from them.

1.2 "Configurations" means the ticket templates, workflows, reports and the ERP interface built by the Vendor for the Customer.

1.3 "Incident" means any failure of the Service to operate in accordance with its documentation.

### B2. Provision of the Service

2.1 The Vendor shall make the Service available to the Customer's users during the Subscription Term in accordance with this Agreement and the documentation.

2.2 The Service is hosted in a data centre located in mainland China. The Vendor shall not move Customer Data outside mainland China.

2.3 The Vendor may update the Service from time to time, provided that no update materially reduces its functionality.

### B3. Onboarding and Go-Live Acceptance

3.1 The Vendor shall complete the Onboarding Services by the Target Go-Live date.

3.2 Go-Live Acceptance requires that: (a) every ticket template in the approved specification can be completed, signed and approved offline and synchronised when connectivity returns; (b) the imported equipment records reconcile with the Customer's source register; (c) approved tickets transfer to the ERP for ten consecutive working days without error; and (d) all 24 key users have completed training.

3.3 The Customer shall confirm Go-Live Acceptance in writing within five working days after the criteria are met, or state in writing which criteria are not met. Use of the Service for live operations before that confirmation is not acceptance.

3.4 If Go-Live Acceptance is not achieved by the Target Go-Live date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 800 for each day of delay.

### B4. Service Levels

4.1 The Vendor shall make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 01:00 and 05:00 Beijing time.

4.2 Incidents are classified and handled as follows:

| Priority | Description | Response | Restoration |
|---|---|---|---|
| P1 | Service unavailable or field tickets cannot be synchronised | 30 minutes | 6 hours |
| P2 | A major function unavailable; workaround exists | 2 hours | 2 working days |
| P3 | Minor issue or question | 1 working day | next release |

4.3 If monthly availability falls below the commitment in Section 4.1, the Customer will receive a service credit of 5% of the monthly portion of the Subscription Fee for each full 0.5 percentage point of shortfall. If a P1 response time is missed, the Customer will receive a credit of CNY 1,000 for each hour of delay. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

4.4 The Vendor shall provide a monthly service report showing availability, Incidents and credits.

### B5. Intellectual Property

5.1 The Vendor retains all rights in the Service and its underlying software.

5.2 The Configurations are the property of the Customer. The Vendor shall deliver them in exportable form, and the Customer may use, modify and have them used by third parties freely, including after the Agreement ends.

### B6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the Service to the Customer and for no other purpose.

6.2 The Vendor shall maintain an information security programme certified to ISO/IEC 27001 and a Multi-Level Protection Scheme level 3 filing for the hosting environment, encrypt Customer Data in transit and at rest, enforce multi-factor authentication for administrator access, and keep access logs for at least 180 days.

6.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in the investigation and any notice to regulators, and bear the costs and losses caused by its failure to comply with this Section.

6.4 Within 30 days after the end of the Subscription Term, the Vendor shall return all Customer Data in a standard format and then delete it, and certify the deletion in writing.

### B7. Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of the Agreement, and disclose it only to employees and advisers who need to know it. This Section survives for three years after the Agreement ends.

### B8. Subcontractors

8.1 The Vendor may engage subcontractors, including hosting providers, support partners and implementation partners, to perform any part of the Service by giving the Customer written notice of the subcontractor's name and role.

8.2 The Vendor remains responsible for the performance of its subcontractors.

### B9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, lost profit or loss of business.

9.2 The Vendor's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.3 Section 9.2 does not limit liability for death or personal injury, fraud or wilful misconduct.

### B10. Term and Termination

10.1 The Agreement starts on signature of this Order Form and continues until the end of the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice.

10.3 The Customer may also terminate if availability is below the commitment in Section 4.1 in any two consecutive months.

10.4 On termination for the Vendor's breach, the Vendor shall refund prepaid fees for the period after termination.

### B11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time of application. The award is final and binding on both parties.

### B12. General

12.1 Notices must be in writing and delivered to the addresses in Section A1 by courier or email.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 This Agreement is signed in English and Chinese; both texts have equal effect.

**Signed for the Customer:** ____________________ **Date:** __________

**Signed for the Vendor:** ____________________ **Date:** __________
'''

E03 = r'''
T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. JY-EQ-2027-058
P:Buyer: Wuhu Jiangyan Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China.
P:Supplier: Cimarron Condition Monitoring, Inc., an Oklahoma corporation with its principal place of business in Stillwater, Oklahoma, United States of America.
P:This Contract is issued on the Buyer's standard purchase terms. The Supplier was selected through the Buyer's competitive tender No. JY-ZB-2027-011, and the tender documents and the Supplier's bid form part of this Contract.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and spare parts listed in Clause 3.
P:1.2 "Software" means the Supplier's monitoring software licensed under this Contract, together with its documentation and all updates supplied during the Warranty Period.
P:1.3 "Project Deliverables" means the asset hierarchy, alarm thresholds, analytics rules, dashboards, interface programs and site documentation prepared by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all measurement data, alarms, asset records and reports collected or generated by the Equipment and the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission a condition monitoring system for the rotating equipment of the Buyer's two clinker lines and its cement grinding plant, covering 300 assets including kiln main drives, raw mill and cement mill gearboxes, ID and cooler fans, separators and conveyors.
P:2.2 The Supplier shall configure the Software on servers supplied by the Buyer, connect it to the Buyer's distributed control system and maintenance management system, tune the alarm settings during a commissioning period, and train the Buyer's reliability engineers and maintenance technicians.
P:2.3 The system shall meet the technical specification in Annex 1, including battery life of not less than three years at the agreed sampling interval and intrinsic safety certification where required by Annex 1.
P:2.4 The Supplier shall provide installation drawings, a sensor location register with photographs of each mounting point, user and administrator manuals in Chinese, and a maintenance guide for battery replacement.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,210,000, inclusive of VAT, import duties, transport, insurance and all other costs of delivery to the Buyer's plant, itemised as follows:
TB:No.|Item|Quantity|Unit Price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors with mounting kits|240|4,600|1,104,000
TB:2|Wireless gateways with solar power units|24|18,500|444,000
TB:3|Monitoring software licence, perpetual, 300 assets|1|368,000|368,000
TB:|Hardware and Licence Subtotal|||1,916,000
TB:4|Installation and commissioning|1 lot|176,000|176,000
TB:5|Analytics configuration and alarm tuning|1 lot|94,000|94,000
TB:6|Training|1 lot|24,000|24,000
TB:|Contract Price|||2,210,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates, tariffs or any other reason.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 221,000) within 15 working days after the Supplier provides a bank advance payment guarantee of the same amount.
P:4.2 Delivery and installation payment: 55% of the Contract Price (CNY 1,215,500) within 15 working days after all Equipment is delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 773,500) within 15 working days after the Final Acceptance Certificate is signed.
P:4.4 Each payment requires a valid special VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's plant within 70 days after the Contract is signed and shall complete installation within 40 days after delivery.
P:5.2 Installation work on running equipment shall follow the Buyer's permit-to-work, lock-out and hot-work procedures. The Supplier is responsible for the safety of its personnel at the site.
P:5.3 The Supplier shall deliver with the Equipment a stock of spare sensors and gateway parts equal to 2% of the installed quantity, included in the Contract Price, and shall ensure that spare parts for the Equipment remain available for at least eight years after Final Acceptance.
P:5.4 Title and risk in the Equipment pass to the Buyer on delivery to the site.
H:6. Acceptance
P:6.1 After installation, the system shall run for a commissioning period of 45 days. Final acceptance requires that: (a) at least 98% of sensors report data at the agreed interval every day for the last 15 days of the commissioning period; (b) vibration readings of 20 sample assets agree with the Buyer's portable analyser within the tolerance in Annex 1; (c) alarms and trend data are shown in the distributed control system and work orders are created automatically in the maintenance management system; and (d) all Project Deliverables and documentation have been handed over.
P:6.2 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within 10 working days. Otherwise the Supplier shall remedy the defects at its own cost and the tests shall be repeated.
P:6.3 Delivery, installation, use of the system or any payment does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier shall repair or replace defective Equipment, including sensors whose batteries fail before the specified life, supply all Software updates and new versions, and provide remote and on-site support without charge.
P:7.3 After the Warranty Period, the Supplier shall offer annual support for the Equipment and the Software for at least two further years at a fee of 8% of the Hardware and Licence Subtotal, that is CNY 153,280 per year, fixed for those two years. Annual support is ordered by the Buyer each year and does not renew automatically.
H:8. Service Levels
P:8.1 During the Warranty Period and any annual support period, the Supplier shall respond to faults as follows: Severity 1 (the Software is unavailable or more than one gateway is offline): response within 1 hour and restoration within 12 hours; Severity 2 (individual sensors or functions fail): response within 8 hours and repair within 5 working days; Severity 3: response within 2 working days.
P:8.2 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000. For each working day by which it misses a Severity 2 repair time, it shall pay CNY 500.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual, non-exclusive, irrevocable licence to use it for its plant and its affiliates' plants.
P:9.2 All Project Deliverables belong to the Buyer from their creation. The Supplier shall deliver them in editable form, and the Buyer may use, modify and license them to third parties without further payment.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for benchmarking, product development or any other purpose, in identified, anonymised or aggregated form.
P:10.2 Buyer Data shall be stored only on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and shall be made through the Buyer's industrial firewall and bastion host, with all sessions logged.
P:10.3 The Supplier shall notify the Buyer within 6 hours of any security incident affecting the system or Buyer Data, shall take immediate steps to contain it, and shall be liable for all loss caused by its breach of this Clause 10.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all technical, commercial and operational information of the Buyer, including plant layouts and production figures, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of this Contract.
H:12. Delay Damages
P:12.1 If the Supplier fails to deliver, install or achieve final acceptance by the dates in Clauses 5 and 6, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement of third-party rights and breach of Clauses 10 and 11, which are not limited.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains liable for any approved subcontractor.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum.
P:15.2 On termination, the Supplier shall refund amounts paid for undelivered items and hand over all completed Project Deliverables.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
H:17. General
P:17.1 This Contract is made in Chinese and English; both texts have equal force. Annex 1 (Technical Specification), Annex 2 (Asset List) and Annex 3 (Training Plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
'''

E04 = r'''
# MANAGED NETWORK SERVICES AGREEMENT

Agreement No. HL-MNS-2027-004

**Between**

- **Yinchuan Helan Chemical Co., Ltd.**, Ningdong Energy and Chemical Industry Base, Ningxia Hui Autonomous Region, People's Republic of China (the "Customer"); and
- **Basin Industrial Network Services, LLC**, a Texas limited liability company with its principal office in Midland, Texas, United States of America (the "Provider").

**Background.** The Customer operates a production plant, a tank farm and a loading terminal. It wishes to outsource the day-to-day operation of its plant and office networks to the Provider for a fixed term of 36 months on the terms below.

## 1. Definitions

1.1 "Services" means the managed network services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under Section 4.

1.3 "Monthly Charge" means the fixed monthly charge set out in Schedule 2.

1.4 "Customer Data" means all configuration files, network logs, traffic records, user lists, drawings and other information of the Customer that the Provider receives or generates in providing the Services.

1.5 "Service Levels" means the levels set out in Schedule 3.

## 2. Term

2.1 The initial term is 36 months from the Service Commencement Date.

2.2 At the end of the initial term, this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the then-current term.

2.3 The Provider may increase the Monthly Charge for any renewal term by up to 8% by giving the Customer written notice at least 60 days before that renewal term begins. The increased charge applies from the first day of the renewal term.

## 3. Services

3.1 The Provider shall provide the Services at the sites listed in Schedule 1 from the Service Commencement Date, in accordance with the Service Levels and good industry practice.

3.2 The Provider shall operate a network operations centre around the clock, monitor all managed devices, manage incidents and changes, maintain an up-to-date configuration baseline, and provide field engineering at the Customer's sites.

3.3 The Provider shall keep an asset register, network diagrams and operating runbooks for all managed devices, update them after every change, and deliver a copy to the Customer each quarter.

3.4 Changes to managed devices in production areas shall be made only in maintenance windows agreed with the Customer's production department and under the Customer's permit-to-work system.

3.5 The Provider shall hold a monthly service review with the Customer and present a report on Service Levels, incidents, changes, capacity and recommended improvements.

3.6 The Customer shall give the Provider's engineers access to its sites and systems as reasonably required, provide a workspace at the production plant for the field engineers, name a single point of contact for operational matters, and inform the Provider in advance of plant shutdowns, expansions and other events that may affect the networks.

3.7 Equipment purchases, cabling works and projects outside the scope of Schedule 1 are not part of the Services. The Provider shall quote for them on request, and they shall be ordered separately.

## 4. Transition

4.1 The Provider shall carry out a transition project of not more than 60 days after signature, including discovery of all devices, installation of monitoring tools, documentation of the existing configuration and handover from the Customer's current support team.

4.2 Transition Acceptance requires that: (a) all devices in Schedule 1 are reporting to the Provider's monitoring tools; (b) configuration backups of every managed device have been taken and restored successfully on a sample of ten devices chosen by the Customer; (c) runbooks for the top twenty incident types are approved by the Customer; and (d) a shadow-support period of 14 days has been completed without a missed P1 response.

4.3 The Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met.

4.4 If Transition Acceptance is not achieved within 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay until it is achieved.

## 5. Charges and Payment

5.1 The Customer shall pay the Transition Fee and the Monthly Charges set out in Schedule 2. The charges are fixed for the initial term, include VAT, and cover all labour, tools, travel and spare parts listed in Schedule 1.

5.2 The Transition Fee is invoiced after Transition Acceptance.

5.3 The Monthly Charge is invoiced monthly in arrears, after deduction of any service credits earned in that month. The Customer shall pay each correct invoice within 30 days after receipt.

5.4 No advance payment is due under this Agreement.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to provide the Services to the Customer and shall return it to the Customer on request and at the end of this Agreement.

## 7. Intellectual Property

7.1 The Provider's monitoring tools and pre-existing materials remain its property.

7.2 Runbooks, configuration baselines, network diagrams, scripts and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor provider without restriction.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information obtained under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent, except to its professional advisers or as required by law. This obligation survives for three years after termination.

## 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service delivery manager and shall not replace that person without the Customer's consent, which shall not be unreasonably withheld.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Customer consents to the use of the field-service partner named in Schedule 1 for on-site work. The Provider remains responsible for all subcontractors.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value set out in Schedule 2, except for death or personal injury, fraud and wilful misconduct.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider fails the availability Service Level in three months in any rolling period of six months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 90 days at the then-current Monthly Charge prorated by day, hand over all documentation under Section 3.3 and cooperate with any successor provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan in accordance with its rules. The award is final and binding.

## 13. General

13.1 This Agreement, with Schedules 1 to 3, is the entire agreement between the parties on its subject.

13.2 Amendments are valid only in writing signed by both parties.

13.3 This Agreement is executed in Chinese and English, both texts being equally authentic.

## Schedule 1: Sites and Services

| Site | Managed devices | Services |
|---|---|---|
| Production plant | 46 industrial switches, 6 core switches, 38 wireless access points | monitoring, incident and change management, firmware updates, on-site field engineering |
| Tank farm | 18 industrial switches, 4 radio links | monitoring, incident and change management, on-site field engineering |
| Loading terminal and office | 22 access switches, 2 core switches, 26 wireless access points, 3 WAN links | monitoring, incident and change management, carrier management for WAN links |
| All sites | spare switches and access points held at the production plant | spares management and replacement |

Field-service partner approved under Section 9.2: Ningxia Xinlian Network Engineering Co., Ltd., Yinchuan.

## Schedule 2: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 118,000 |
| Monthly Charge | CNY 86,000 per month for 36 months | 3,096,000 |
| **Total Contract Value** | initial term | **3,214,000** |

## Schedule 3: Service Levels and Service Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of core network at each site, per month | at least 99.95% | 2% of the Monthly Charge for each 0.01 percentage point below, up to 20% of the Monthly Charge |
| P1 incident (site network or control-system network down) | response within 15 minutes, engineer on site within 2 hours, restoration within 6 hours | CNY 1,500 for each hour of delay |
| P2 incident (a production area or a WAN link degraded) | response within 1 hour, restoration within 8 hours | CNY 500 for each hour of delay |
| P3 incident (single device or user) | response within 8 business hours | none |
| Monthly service report | delivered by the fifth working day | CNY 1,000 if late |
'''

E05 = r'''
DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BL-DATA-2027-009

PARTIES

Dalian Beiliang Grain Trading Co., Ltd., a company registered in Dalian, Liaoning Province, People's Republic of China (the "Customer").

Flint Hills AgData, Inc., a Kansas corporation with its principal office in Emporia, Kansas, United States of America (the "Provider").

BACKGROUND

The Customer imports soybeans, corn and sorghum and trades grain in the domestic market. It wishes to receive crop condition, weather and market data for its origination and risk-management teams through an application programming interface and a web portal. The Provider compiles and distributes such data. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets described in Clause 2.1, including crop condition indices derived from satellite imagery, weather observations and forecasts, crop progress and supply-and-demand report data, export inspection data and cash and basis price assessments, as updated by the Provider from time to time.

1.2 "API" means the Provider's application programming interface through which the Licensed Data is delivered, and "Portal" means the Provider's web portal for the same data.

1.3 "Customer Data" means the query parameters, watch lists, field boundary files, portfolio and position data and other information that the Customer submits to the API or the Portal, and all results generated specifically from them.

1.4 "Custom Deliverables" means the mapping tables between the Provider's region and port codes and the Customer's internal codes, the Customer's dashboard templates and the connector programs written by the Provider for the Customer under Clause 3.

1.5 "Subscription Year" means each period starting on the Access Acceptance date or on an anniversary of it and ending on the day before the next anniversary.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access and use the following Licensed Data through the API and the Portal: (a) crop condition indices for the major producing regions of the United States, Brazil and Argentina at county or municipality level; (b) weather observations and fifteen-day forecasts for the same regions; (c) weekly crop progress, export inspection and supply-and-demand data; and (d) daily cash and basis price assessments for the main export ports and inland delivery points.

2.2 The licence covers up to 40 named Portal users and API calls from the Customer's internal systems up to the volume stated in Clause 5.1. The Customer may use the Licensed Data for its internal business purposes, including trading, risk management and reports to its board, lenders and regulators.

2.3 The Customer shall not resell the Licensed Data or publish it in a form from which the original data can be recovered.

2.4 The Subscription Term is two Subscription Years. The Agreement ends at the end of the second Subscription Year and does not renew automatically. Any extension requires a written amendment signed by both parties.

3. SET-UP AND ACCESS ACCEPTANCE

3.1 Within 30 days after signature, the Provider shall issue API credentials and Portal accounts, build the Custom Deliverables, connect the API to the Customer's trading and risk system through the connector programs, and train the Customer's users.

3.2 Access Acceptance requires that: (a) each data set in Clause 2.1 is returned by the API in the documented format for ten consecutive business days; (b) the mapping tables cover every region and port code listed in the Customer's specification; (c) the connector programs load data into the Customer's system without manual intervention; and (d) all named users can log in to the Portal.

3.3 The Customer shall confirm Access Acceptance in writing within five business days after the criteria are met or shall state which criteria are not met. Access to test credentials before that confirmation is not acceptance.

4. SERVICE AND SUPPORT

4.1 The Provider will use commercially reasonable efforts to make the API and the Portal available and to deliver updates to the Licensed Data on the Provider's normal publication schedule.

4.2 The Provider will provide support by email and telephone during its normal business hours and will use commercially reasonable efforts to respond to and resolve support requests promptly.

4.3 The Provider may carry out maintenance from time to time and will try to give the Customer advance notice by email.

4.4 The Provider may change the format of the API or the Licensed Data, provided it gives the Customer at least 60 days' notice of any change that is not backward compatible and keeps the previous version available during that period.

5. FEES AND PAYMENT

5.1 The fees are:

Subscription Fee, each Subscription Year: CNY 624,000 (including up to 2 million API calls per Subscription Year).
Set-up Fee, one-time: CNY 38,000.
Total Fees for the Subscription Term: CNY 1,286,000.

5.2 The Set-up Fee is invoiced after Access Acceptance.

5.3 The Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 156,000, each at the end of the quarter to which it relates.

5.4 API calls above the annual volume are charged at the rates in the Provider's price list attached to this Agreement, invoiced quarterly in arrears.

5.5 All fees include VAT. The Customer shall pay each correct invoice within 30 days after receipt by bank transfer in CNY.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API, the Portal and support to the Customer, and shall not use it for any other purpose, including the preparation of market commentary or aggregated statistics.

6.2 The Customer shall not submit personal information to the API or the Portal.

6.3 The Provider shall protect Customer Data with security measures consistent with ISO/IEC 27001, including encryption in transit and at rest, access control based on individual accounts and multi-factor authentication, and logging of all administrative access.

6.4 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, shall take prompt steps to contain and remedy it, and shall be liable for the losses the Customer suffers as a result of the Provider's failure to comply with this Clause 6.

6.5 Within 30 days after the end of the Agreement, the Provider shall delete all Customer Data and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Provider and its licensors own the Licensed Data, the API and the Portal. Nothing in this Agreement transfers ownership of them to the Customer.

7.2 The Custom Deliverables belong to the Customer. The Provider shall deliver them, including the source code of the connector programs, and the Customer may use, modify and license them to others freely, including after the Agreement ends.

7.3 Reports, models and analyses prepared by the Customer using the Licensed Data belong to the Customer, subject to Clause 2.3.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received in connection with this Agreement, including the Customer's positions and trading strategies and the Provider's pricing, use it only for this Agreement and disclose it only to personnel who need to know it. This Clause survives for three years after the Agreement ends.

9. WARRANTIES

9.1 The Provider warrants that it has the right to license the Licensed Data and that the API and the Portal will perform substantially in accordance with their documentation.

9.2 The Licensed Data is compiled from third-party and public sources. The Provider does not warrant that it is complete or free of errors, and the Customer is responsible for its trading decisions.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, loss of profit or trading losses.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Fees, except for breach of Clauses 6 and 8, infringement of intellectual property rights, fraud and wilful misconduct.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the performance of its obligations under this Agreement without the Customer's prior written consent. Data suppliers whose data is included in the Licensed Data are not subcontractors.

12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice. The Provider shall then refund any fees paid for the period after termination.

12.2 The Provider may terminate this Agreement by written notice if the Customer fails to pay undisputed fees within 60 days after a written reminder.

12.3 On expiry or termination, the Customer shall stop using the API and the Portal. The Customer may keep reports and analyses prepared before that date.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in effect at the time. The arbitration shall be conducted in English and Chinese, and the award is final and binding.

14. GENERAL

14.1 Notices shall be given in writing by courier or email to the addresses stated above.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 This Agreement is made in English and Chinese, and both texts have equal force.

SIGNATURES

For the Customer: ____________________ Date: __________

For the Provider: ____________________ Date: __________
'''


# ---------------------------------------------------------------------------------------------------------------
# Files: key -> (file name, format, language, category, source)
FILES = {
    "z01": ("h948z01_commerce_bureau_power_bank_supervision_platform.pdf", "pdf", "zh", "software", Z01),
    "z02": ("h948z02_folding_table_factory_line_control_retrofit.docx", "docx", "zh", "hardware", Z02),
    "z03": ("h948z03_drive_in_cinema_chain_ticketing_membership_saas.txt", "txt", "zh", "cloud", Z03),
    "z04": ("h948z04_archives_bureau_digitisation_monitoring_om_service.txt", "txt", "zh", "services", Z04),
    "z05": ("h948z05_mother_of_pearl_studio_tracking_software_supplier_template.md", "md", "zh", "software", Z05),
    "e01": ("h948e01_feed_mill_batching_licence_kansas_vendor.pdf", "pdf", "en", "software", E01),
    "e02": ("h948e02_oilfield_field_ticketing_saas_order_form_texas_vendor.md", "md", "en", "cloud", E02),
    "e03": ("h948e03_cement_plant_condition_monitoring_sensors_oklahoma_vendor.docx", "docx", "en", "hardware", E03),
    "e04": ("h948e04_chemical_plant_managed_network_services_texas_vendor.md", "md", "en", "services", E04),
    "e05": ("h948e05_grain_trader_crop_market_data_api_kansas_vendor.txt", "txt", "en", "cloud", E05),
}

# Price checks: (components, contract value)
PRICES = {
    "z01": ([860000, 574000, 118000, 28000], 1580000),
    "z02": ([486000, 312000, 64000, 138000, 96000, 128000, 86000, 10000], 1320000),
    "z03": ([396000 * 2, 86000], 878000),
    "z04": ([92000] * 4, 368000),
    "z05": ([168000, 156000, 24000], 348000),
    "e01": ([680000, 6 * 60000, 200000, 386000, 148000, 36000], 1810000),
    "e02": ([486000, 486000, 64000], 1036000),
    "e03": ([240 * 4600, 24 * 18500, 368000, 176000, 94000, 24000], 2210000),
    "e04": ([118000, 86000 * 36], 3214000),
    "e05": ([624000, 624000, 38000], 1286000),
}
# Payment splits that must add up: (parts, total)
SPLITS = {
    "z01": ([316000, 711000, 553000], 1580000),
    "z02": ([264000, 462000, 594000], 1320000),
    "z05": ([226200, 121800], 348000),
    "e01": ([362000, 814500, 633500], 1810000),
    "e03": ([221000, 1215500, 773500], 2210000),
    "e05": ([156000 * 4], 624000),
}
# TCO inputs for goods_or_licence drafts with a stated, capped fee: (licence/hardware subtotal, warranty years, fee %)
TCO_IN = {
    "z01": (860000, 2, 9),
    "z02": (1096000, 1.5, 28),
    "e01": (1240000, 2, 11),
    "e03": (1916000, 3, 8),
}
# Forum outside mainland China (CR-GOVERNING-LAW also fires on the forum alone)
FORUM_OUTSIDE = {"e01": True}

T = True
F = False
N = None
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: term values in TERM_KEYS order; extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed
TERMS = {
    "z01": [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
    "z02": [N, 1, T, "buyer", T, T, T, 0.03, N, 20, T, T, 18, 28, F, T, F, "PRC", G],
    "z03": [99.95, 0.25, T, "buyer", T, F, T, 0.1, 150, N, T, N, N, N, T, T, F, "PRC", S],
    "z04": [99.95, 6, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, N, S],
    "z05": [N, 24, F, "supplier", T, F, T, 0.02, 20, 65, F, F, 6, N, F, T, N, "PRC", G],
    "e01": [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 11, F, T, F, "Kansas", G],
    "e02": [99.5, 0.5, T, "buyer", T, T, T, 800 / 1036000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, T, "PRC", S],
    "e03": [N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 8, F, T, F, "PRC", G],
    "e04": [99.95, 0.25, T, "buyer", F, T, T, 2000 / 3214000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
    "e05": [N, N, F, "buyer", T, T, T, N, 150, N, T, N, N, N, F, T, F, "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (None = key absent), acceptance_deemed_on_delivery
    "z01": (T, T, T, F), "z02": (T, T, T, F), "z03": (T, T, N, F), "z04": (T, T, N, F), "z05": (T, T, F, T),
    "e01": (T, T, T, F), "e02": (T, T, N, F), "e03": (T, T, T, F), "e04": (T, T, N, F), "e05": (F, F, N, F),
}
DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                 "CR-POST-WARRANTY-FEE"}
SEVERITY_LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of section 3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40
HORIZON = 5


def tco_share(key):
    if key not in TCO_IN:
        return None
    base, wy, pct = TCO_IN[key]
    value = PRICES[key][1]
    fees = max(0, HORIZON - wy) * base * pct / 100
    return fees / (value + fees) * 100


def derive(key, t, x):
    """Rules from the labels, as I read policy section 3 and its 'Where rules apply' notes."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:  # "above 4 hours, or unstated"
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
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
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
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in SEVERITY_HIGH for r in rules):
        return "high"
    if any(r not in SEVERITY_LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures that no text may state (raw, whitespace-collapsed and whitespace-free readings)
NUM = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"99\.90(?!\d)",
    NUM + r"4\s*(?:个)?(?:小时|钟头|h(?![a-z])|hours?|hrs?\b|-hour)", r"(?<![十百零])四\s*个?\s*小时",
    r"\bfour[\s-]*hours?\b", r"fourhours?",
    NUM + r"0\.05(?!\d)", r"万分之五", r"千分之零点五", r"0\.5\s*‰", r"\bfive\s+hundredths\b",
    NUM + r"100\s*%", NUM + r"100\s*(?:percent|per\s*cent)", r"百分之(?:一)?百", r"one\s*hundred\s*(?:percent|per\s*cent)",
    NUM + r"30\s*%", NUM + r"30\s*(?:percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:percent|per\s*cent)",
    r"三成",
    NUM + r"12\s*(?:个\s*(?:自然)?月|months?|-month|mos\b)", r"(?<![一二三四五六七八九])十二\s*个?\s*月",
    r"twelve[\s-]*months?",
    NUM + r"15\s*%", NUM + r"15\s*(?:percent|per\s*cent)", r"百分之十五(?![.点])", r"fifteen\s*(?:percent|per\s*cent)",
    NUM + r"40\s*%", NUM + r"40\s*(?:percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:percent|per\s*cent)",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["可用率99.9%", "99.9 %", "4小时内响应", "四小时", "within 4 hours", "four hours", "4-hour", "0.05%",
            "万分之五", "100%", "100 percent", "百分之百", "30%", "百分之三十", "thirty percent", "12个月", "十二个月",
            "12 months", "twelve months", "12-month", "15%", "百分之十五", "fifteen percent", "40%", "百分之四十",
            "forty per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.058", "10.05", "150%", "1,100%",
             "130%", "115%", "240%", "2.15%", "36个月", "112 months", "twenty-four months", "fifteen-day",
             "3.30%", "二十四个月", "2027年12月31日", "four hundred", "1.40%", "百分之四十五"]


def threshold_hits(text):
    readings = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({m.group(0) for s in readings for rx in THRESHOLD_RE for m in rx.finditer(s)})


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "regex hits " + s + " " + str(threshold_hits(s))


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, fmt, lang, cat, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
        else:
            sources[key] = src
            targets[key] = (name, fmt)
    write(sources, targets, OUT, wrap_words=True)


def labels():
    covered = set()
    table = []
    for key, (name, fmt, lang, cat, src) in FILES.items():
        comps, value = PRICES[key]
        assert sum(comps) == value, key
        if key in SPLITS:
            assert sum(SPLITS[key][0]) == SPLITS[key][1], key
        t = dict(zip(TERM_KEYS, TERMS[key]))
        sla, lds, capped, deemed = EXTRA[key]
        x = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, key
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(key)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        rules = derive(key, t, x)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = threshold_hits(text)
        table.append((name, n, rules, risk(rules), share))
        if not lo <= n <= hi or hits:
            print("FAILS:", name, n, hits)
    for name, n, rules, rk, share in table:
        lang = "zh" if "948z" in name else "en"
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
    for key, (name, fmt, lang, cat, src) in FILES.items():
        assert not threshold_hits(read_back(OUT / name)), name
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = {k: len(v) for k, v in DESIGN.items()}
    assert sorted(k for k, c in counts.items() if c == 0) == ["e03", "z01"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= counts["z05"] <= 10
    for name, n, rules, rk, share in table:
        print("%-72s %5d  %-6s %s%s" % (name, n, rk, ", ".join(r[3:] for r in rules) or "(none)",
                                        "" if share is None else "  TCO share %.2f %%" % share))


if __name__ == "__main__":
    self_test()
    build()
    labels()
    print("all checks passed")
