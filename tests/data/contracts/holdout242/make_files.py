"""holdout242: writes every contract of this set from its sources, checks the sums, builds .docx/.pdf through
../word_pdf.py, re-applies policy §3 to the labels, writes the .json labels and scans the read-back text for values
that sit on a policy threshold. Run with /work/main/.venv/bin/python make_files.py (from any folder)."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

H242Z01 = """T:某市区域全民健康信息平台建设项目合同书
P:项目编号：SWJW-ZB-2027-018    采购方式：公开招标    合同编号：WJ-HT-2027-0412
P:甲方（采购人）：某市卫生健康委员会    地址：某市政务中心东区七号楼
P:乙方（中标供应商）：某健康云信息技术股份有限公司    统一社会信用代码：见营业执照
P:鉴于甲方就“某市区域全民健康信息平台建设项目”依法组织公开招标，乙方经评审为中标供应商，双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，经协商一致订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设区域全民健康信息平台，包括平台软件许可、与全市四十六家医疗卫生机构的接口定制开发、居民健康档案与电子病历共享数据治理及历史数据迁移、部署实施与人员培训。
P:1.2 详细功能、性能与接口要求以招标文件第五章《采购需求》及乙方投标文件的技术响应为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾贰万元整（¥2,420,000.00），为固定总价，含税费、运输、部署、培训及质保期内服务等全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久许可，含主索引、共享交换、健康档案调阅模块）|1,280,000
TB:2|接口定制开发（四十六家机构 HIS/LIS/PACS 对接）|736,000
TB:3|数据治理与历史数据迁移|318,000
TB:4|部署实施与培训|86,000
TB:合计||2,420,000
P:2.2 除本合同另有约定外，甲方不承担任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥484,000。
P:3.2 平台完成部署、全部接口联调并通过初验后，甲方支付合同总价的45%，即¥1,089,000。
P:3.3 平台试运行满九十日并通过最终验收后，甲方支付合同总价的35%，即¥847,000。
P:3.4 乙方每次请款前应开具合法有效的发票；财政资金拨付程序造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:乙方应于合同签订后一百五十日内完成部署与初验，于初验后九十日内完成试运行并申请最终验收。
H:第五条 验收
P:5.1 初验标准：全部功能点与《采购需求》逐项核对一致；四十六家机构接口全部联通，连续十个工作日交换成功率不低于99.95%；五百名并发用户下档案调阅响应不超过三秒；迁移数据逐表核对，记录条数与校验值一致。
P:5.2 最终验收标准：试运行期间无一级故障；第三方测评机构出具的软件测评及网络安全等级保护测评报告无高风险项；全部文档、源代码及操作手册已移交。
P:5.3 验收由甲方组织，出具书面验收报告。平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程与现场技术支持。
P:6.2 质保期内平台月可用率不低于99.95%。每低于0.01个百分点，甲方扣减当期质保金¥2,000。
P:6.3 故障分级响应：一级故障（平台整体不可用或共享交换中断）三十分钟内响应、两小时内到场、六小时内恢复；二级故障两小时内响应、次日内解决；三级故障一个工作日内响应。一级故障每超时一小时，乙方支付违约金¥1,000。
P:6.4 质保期满后，甲方可选择续签维护合同。年度维护费不超过平台软件许可费的9%（即每年不超过¥115,200），质保期满后三年内不上调；维护合同须另行书面签订，不自动续期。
H:第七条 数据安全
P:7.1 平台汇聚的居民健康档案、诊疗数据、业务日志及其衍生数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向第三方提供，亦不得用于模型训练或任何其他目的。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业数据安全要求，实施人员最小授权、运维操作经堡垒机审计、敏感字段加密存储与传输；测试环境仅使用甲方提供的脱敏数据。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在一小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的监管处罚。
H:第八条 保密
P:乙方对履约中知悉的甲方工作秘密、网络架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得披露；保密义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的接口程序、数据治理规则、脚本、报表及相关源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:9.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付物不侵犯第三方权利。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日按合同总价的万分之八支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:乙方不得转包本项目。非主体、非关键的现场布线工作如需分包，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同组成部分。
H:第十五条 项目管理与人员
P:15.1 乙方应组建不少于八人的项目实施团队，项目经理须具有信息系统项目管理师资格并驻场实施，未经甲方书面同意不得更换。乙方每周向甲方提交项目周报，说明进度、风险及需要甲方协调的事项；每月参加甲方组织的项目例会。
P:15.2 乙方应协调各医疗卫生机构的既有系统厂商完成接口改造，所需改造费用已包含在接口定制开发价款中。医疗机构不配合对接的，乙方应书面报告甲方，由甲方协调解决，工期相应顺延。
P:15.3 乙方人员进入甲方及各医疗机构场所，应遵守其安全管理、院感防控及保密管理规定，因乙方人员违规造成的后果由乙方承担。
H:第十六条 培训与文档
P:16.1 乙方应对甲方管理人员、各医疗机构信息科人员分批开展培训，培训人数不少于一百二十人次，培训教材及视频归甲方使用。
P:16.2 乙方应在最终验收前移交需求规格说明书、系统设计文档、接口规范、数据字典、部署手册、运维手册、用户手册及应急预案，文档应与实际交付系统一致。
H:第十七条 不可抗力
P:因地震、洪水、疫情防控措施等不可抗力不能履行合同的，受影响一方应在五日内通知对方并提供证明，双方据实协商延期或部分免除责任。不可抗力持续超过六十日的，双方可协商解除合同。
P:甲方（盖章）：某市卫生健康委员会    法定代表人或授权代表：________    日期：2027年3月__日
P:乙方（盖章）：某健康云信息技术股份有限公司    法定代表人或授权代表：________    日期：2027年3月__日
"""

H242Z02 = """T:片式陶瓷电容器自动光学检测（AOI）线采购合同
P:合同编号：CC-SB-2027-033
P:买方（以下简称甲方）：某电子元件制造有限公司（片式多层陶瓷电容器工厂）
P:卖方（以下简称乙方）：某智能视觉装备有限公司
P:甲方为提升片式陶瓷电容器外观检测的效率与一致性，向乙方采购自动光学检测线一条。双方本着平等互利原则，就设备供货、安装调试、检测模型训练及质保期后维保事宜达成如下条款。
H:一、标的与价格
P:（一）本合同标的及价格如下（人民币，含增值税）：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|AOI 外观检测主机（六面成像）|6台|268,000|1,608,000
TB:2|自动上下料及分选机构|3套|96,000|288,000
TB:3|视觉检测软件许可（永久）|6套|34,000|204,000
TB:软硬件小计||||2,100,000
TB:4|安装调试及产线对接|1项|126,000|126,000
TB:5|缺陷识别模型定制训练|1项|158,000|158,000
TB:6|操作及维护培训|1项|16,000|16,000
TB:合同总价||||2,400,000
P:（二）合同总价为人民币贰佰肆拾万元整，为固定价格。
H:二、交货与安装
P:（一）乙方应于合同生效后七十日内将设备运至甲方东厂区二号车间，并于到货后二十日内完成安装调试及与甲方 MES 的对接。
P:（二）到货时双方共同开箱清点，签署到货签收单；到货签收仅确认数量与外观，不代表质量验收。
H:三、付款
P:（一）合同生效后十日内，甲方支付合同总价的10%，即¥240,000，作为预付款。
P:（二）设备全部到货并签收后，甲方支付合同总价的50%，即¥1,200,000。
P:（三）最终验收合格后，甲方支付合同总价的35%，即¥840,000。
P:（四）其余5%，即¥120,000，作为质量保证金，质保期满且无未决质量问题后十五日内支付。
H:四、验收
P:（一）验收标准：在甲方提供的0402、0603、0805三种规格样品上，漏检率不高于百万分之二十，误判率不高于0.8%；单机检测速度不低于每小时三万六千粒；连续七十二小时满负荷运行无停机故障；与 MES 的批次数据一一对应。
P:（二）乙方完成安装调试后书面申请验收，甲方在十个工作日内组织测试并出具验收报告。测试未达标的，乙方免费整改后重新验收。设备安装完毕或投入试生产，均不视为验收合格。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备、软件及易损件以外的零部件免费维修更换。
P:（二）故障响应：一级故障（整线停机）乙方两小时内响应，八小时内到场；二级故障（单机停机或检出率下降）一个工作日内到场。一级故障每超时一小时，乙方向甲方支付¥800违约金。
P:（三）质保期满后的维保服务：甲方如需乙方继续提供维保，年度维保费按软硬件小计的18%计收，即每年¥378,000，前三年价格固定，维保合同逐年书面签订。
H:五之二、检测模型与资料
P:（一）乙方为甲方定制训练的缺陷识别模型、训练参数、标注规则及训练所用的甲方图像集，其知识产权和所有权归甲方所有，甲方可自行修改、继续训练或交由第三方使用。检测软件本身的著作权仍归乙方，乙方授予甲方永久使用许可。
P:（二）乙方应随设备交付操作手册、电气图纸、维护手册及备件清单。
H:六、数据与保密
P:（一）AOI 采集的产品图像、检测结果、工艺参数等数据均属甲方所有，乙方仅为履行本合同使用，不得复制带离、不得用于其他客户或其他目的。
P:（二）乙方远程维护须经甲方逐次审批并通过甲方指定的安全通道进行，操作全程留痕；乙方人员离场时不得携带含甲方数据的存储介质。发生数据泄露或被篡改的，乙方应在两小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:（三）双方对在履约中获知的对方技术资料、工艺配方、价格信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:七、违约责任
P:（一）乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（三）乙方在本合同项下对甲方承担的赔偿责任总额（含违约金）以合同总价的50%为限，但故意或重大过失造成的损失除外。
H:八、分包
P:乙方不得将本合同项下的设备制造及软件开发分包给第三方；现场辅助吊装如需外包，应事先取得甲方书面同意。
H:九、合同解除
P:乙方严重违约，或逾期交货超过三十日的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:十、适用法律与争议
P:本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十一、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
H:十二、技术资料与培训
P:（一）乙方应在设备到货时随机提供中文版操作手册、维护保养手册、电气原理图、气路图、易损件清单及推荐备件清单，并提供检测软件的参数说明文件。
P:（二）乙方应为甲方培训设备操作员不少于十八人、设备工程师不少于六人，培训内容包括开关机流程、换型调机、检测程序编辑、光源与相机校准、常见故障排除及日常保养。培训结束后由乙方组织考核，考核合格者颁发上岗证明。
P:（三）乙方应指定一名项目经理负责本合同的执行，安装调试期间派驻不少于三名工程师，并每周向甲方提交书面进度报告。
H:十三、安全与环保
P:（一）设备应符合国家现行安全标准，具备急停、防护门联锁及接地保护，噪声与电磁兼容满足车间要求。乙方人员在甲方厂区作业应遵守甲方洁净车间管理、静电防护及安全生产规定，因违规造成的人身或财产损失由乙方承担。
P:（二）安装调试过程中产生的包装物及废弃物由乙方负责清运。
H:十四、备件供应
P:乙方保证在设备停产后八年内继续供应备品备件，备件价格不高于合同签订时乙方向甲方提供的备件报价单所列价格。质保期内乙方应在甲方厂区存放常用易损件，用于快速更换。
H:十五、不可抗力
P:因不可抗力导致一方不能履行合同的，该方应及时通知对方并在十日内提供证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:十六、变更与通知
P:（一）甲方因产品规格调整需要增加检测项目或变更检测规格的，乙方应在收到书面通知后五个工作日内提出技术方案和报价，经双方书面确认后实施。
P:（二）双方往来通知以书面形式送达合同首页所列地址或双方确认的电子邮箱，邮件发出之日视为送达。任何一方变更联系方式的，应在变更后三日内通知对方。
P:（三）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
H:十七、廉洁与合规
P:（一）双方应遵守国家关于反商业贿赂的规定，乙方不得向甲方采购、技术、质量人员提供回扣、礼品、宴请或其他不正当利益。
P:（二）乙方违反前款约定的，甲方有权解除合同，并将乙方列入不合格供应商名单，由此造成的损失由乙方承担。
P:（三）乙方承诺所供设备及软件来源合法，不存在抵押、查封或其他权利负担，并对设备的进口报关手续及相关税费负责。
P:甲方：某电子元件制造有限公司（盖章）    代表：________    日期：________
P:乙方：某智能视觉装备有限公司（盖章）    代表：________    日期：________
"""

H242Z03 = """# 门店预约及会员管理 SaaS 服务协议

协议编号：MF-SaaS-2027-055

甲方（用户）：某美发连锁管理有限公司（旗下直营门店五十五家）

乙方（服务商）：某云美业科技有限公司

甲方拟在全部门店统一使用线上预约、会员储值、员工排班与提成核算系统，乙方提供该系统的 SaaS 订阅服务及上线实施。双方经友好协商，订立本协议。

## 1 服务内容

1.1 乙方向甲方五十五家门店开通“云美业”SaaS 系统，包括小程序预约、会员卡及储值、次卡套餐、发型师排班、提成自动核算、营销券与经营报表。

1.2 乙方负责上线实施：门店及员工信息配置、历史会员数据（约十八万条会员档案及储值余额）迁移、收银设备对接、店长及前台培训。

## 2 费用

| 项目 | 计算方式 | 金额（元） |
|---|---|---|
| SaaS 订阅费 | 55 家门店 × ¥380/店/月 × 24 个月 | 501,600 |
| 上线实施费 | 一次性 | 68,400 |
| 合计 | | 570,000 |

2.1 协议总价为人民币伍拾柒万元整。订阅期为二十四个月，自全部门店上线验收之日起算。

2.2 订阅费按季度结算，每季度结束后十五日内凭发票支付该季度费用；上线实施费在上线验收合格后支付。甲方无须预先支付任何费用。

## 3 上线与验收

3.1 乙方应于协议签订后四十五日内完成全部门店上线。

3.2 验收标准：（1）会员档案及储值余额迁移后逐店核对，差额为零；（2）预约、收银、提成核算在三家试点门店连续运行十日无错账；（3）五十五家门店店长及前台完成培训并通过操作考核。双方签署上线验收单即为验收合格。系统开通本身不视为验收。

3.3 乙方逾期完成上线的，每逾期一日支付¥500违约金。

## 4 服务水平

4.1 乙方承诺系统月可用率不低于99.5%（计划内维护除外，计划维护须提前三日通知且安排在每日零点至六点）。

4.2 故障响应：一级故障（全部门店无法预约或收银）一小时内响应、三小时内恢复；二级故障（部分功能异常）八小时内解决；一般咨询当日答复。

4.3 服务赔偿：月可用率未达承诺的，按未达程度抵扣当月订阅费的5%至20%；一级故障超过恢复时限的，每超一小时抵扣当月订阅费的2%。

## 5 数据

5.1 甲方会员的姓名、手机号、消费记录、储值余额等数据归甲方所有。

5.2 乙方可将甲方数据经脱敏、汇总后用于美业行业经营分析报告、产品改进及向乙方其他客户提供的行业基准服务，协议终止后仍可继续使用该等脱敏数据。

5.3 数据安全：乙方系统部署于境内云平台，通过网络安全等级保护三级测评，会员手机号及储值数据加密存储，后台操作全程留痕。发生数据泄露的，乙方应在二十四小时内通知甲方并配合处置，因乙方原因造成的损失由乙方承担赔偿责任。

5.4 协议终止后三十日内，乙方应按甲方要求以通用格式导出全部数据并删除系统内甲方数据。

## 6 知识产权

6.1 系统软件及平台的知识产权归乙方。

6.2 乙方为甲方定制的提成规则、营销模板、报表样式及配置，归甲方所有，甲方可自由使用、修改或交由其他服务商使用。

## 7 保密

双方对在合作中获知的对方商业信息、经营数据、价格条款负有保密义务，未经对方书面同意不得向第三方披露，本条在协议终止后两年内继续有效。

## 8 续期与调价

8.1 订阅期届满前三十日内任何一方未书面提出不续约的，本协议自动续期一年，依此类推。

8.2 每次续期时，乙方有权上调订阅单价，上调幅度不超过上一期单价的8%，乙方以站内通知方式告知甲方即生效。

## 9 违约与解除

9.1 任何一方严重违约，经另一方书面催告十五日内未纠正的，守约方有权解除本协议并要求赔偿损失。

9.2 乙方连续两个月未达到第4.1条承诺的，甲方可书面通知解除本协议，无须承担违约责任。

## 10 转委托

乙方不得将本协议项下的实施或运维工作转委托第三方，确需委托的，应事先取得甲方书面同意。

## 11 法律适用与争议

本协议适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

## 12 其他

本协议自双方盖章之日起生效，一式两份，双方各执一份。附件《门店清单》《功能清单》为本协议组成部分。

## 13 培训与服务支持

13.1 上线前，乙方应分三批组织店长、前台、发型师培训，内容包括预约管理、会员开卡与储值、次卡核销、提成查看与排班调整；每家门店至少两名人员通过操作考核。

13.2 订阅期内，乙方提供每日早九点至晚十一点的在线客服及电话支持，覆盖甲方门店营业时间；节假日客流高峰期间，乙方应安排专人值守。

13.3 乙方每季度向甲方提交服务报告，列明系统可用率、故障记录及处理情况、功能更新说明和下季度计划更新内容。

## 14 功能更新与变更

14.1 乙方对系统的常规版本更新不另行收费，涉及门店操作流程变化的，应提前七日通知甲方并提供操作说明。

14.2 甲方提出的个性化功能需求，双方另行书面确认范围、工期与费用后实施，实施成果按第6.2条处理。

## 15 甲方的义务

15.1 甲方应按时提供门店清单、员工名册、价目表及历史会员数据，并指定一名项目负责人与乙方对接。

15.2 甲方应妥善保管系统账号，因甲方员工泄露账号造成的损失由甲方自行承担，但系统本身存在安全漏洞的除外。

## 16 不可抗力

因不可抗力或电信运营商大范围网络中断导致服务中断的，受影响方应及时通知对方，相应期间不计入可用率考核，但乙方应尽最大努力恢复服务。

## 17 门店增减

17.1 订阅期内甲方新开门店的，可随时书面通知乙方开通，新增门店订阅单价与现有门店相同，按实际开通月份计费。

17.2 甲方门店关闭的，可提前一个月书面通知乙方停用该门店账号，自停用次月起不再计收该门店订阅费。

## 18 通知与送达

18.1 双方的通知应以书面形式发送至本协议载明的地址或电子邮箱。乙方通过系统站内信发出的通知，仅适用于功能更新提示，不构成对本协议条款的变更。

18.2 任何一方联系人或联系方式变更的，应在变更后三个工作日内书面告知对方。

## 19 廉洁条款

双方承诺在合作过程中不向对方工作人员提供任何形式的回扣、礼金或其他不正当利益。一方违反本条的，另一方有权解除本协议并要求赔偿由此造成的损失。

## 20 会员权益保障

20.1 乙方应确保会员储值余额、次卡剩余次数在系统中准确记录，任何余额变动均应保留可追溯的流水记录，供甲方和会员查询。

20.2 系统出现错账的，乙方应在发现后两个工作日内查明原因并协助甲方更正；因系统缺陷导致会员损失的，由乙方承担相应赔偿责任。

20.3 会员通过小程序预约、取消和评价的记录，按第5条约定处理，乙方不得以任何方式直接向甲方会员推送第三方广告或营销信息。

20.4 会员注销账户的，乙方应按甲方指令在系统内删除该会员的个人信息，并保留删除记录备查。

## 21 附件

本协议附件包括：附件一《门店清单》、附件二《功能清单》、附件三《数据迁移方案》、附件四《服务赔偿计算表》。

甲方（盖章）：某美发连锁管理有限公司　　　授权代表：________　　日期：________

乙方（盖章）：某云美业科技有限公司　　　　授权代表：________　　日期：________
"""

H242Z04 = """某区危险化学品企业安全生产风险监测预警平台年度运维服务合同

采购项目编号：QYJ-TP-2027-006（竞争性谈判）
合同编号：YJ-YW-2027-011

甲方：某区应急管理局
乙方：某安全信息技术有限公司

根据竞争性谈判结果及成交通知书，甲方委托乙方承担“某区危险化学品企业安全生产风险监测预警平台”2027年度运维服务。双方依照《中华人民共和国政府采购法》《中华人民共和国民法典》订立本合同。

第一章 服务范围
第1条 运维对象为甲方监测预警平台（含应用系统、数据库、视频汇聚服务器）及接入平台的一百三十六家危险化学品企业的储罐液位、温度、压力、可燃有毒气体浓度、视频监控数据。
第2条 服务内容：（一）平台日常巡检、性能优化、补丁升级与备份；（二）企业端数据接入巡检，督促企业修复断线及异常数据；（三）平台安全加固、漏洞整改及重大节日、汛期应急值守保障；（四）每月提交运维报告。
第3条 服务期限自2027年1月1日起至2027年12月31日止。期满后如需继续服务，由甲方依法重新采购，本合同不自动续期。

第二章 服务费用及支付
第4条 合同总价人民币玖拾伍万元整（¥950,000），构成如下：平台运维服务费¥612,000；企业数据接入巡检费（一百三十六家）¥244,800；安全加固与应急保障费¥93,200。合计¥950,000。
第5条 服务费按季度支付。每季度结束后，甲方依据第六章考核结果于二十个工作日内支付当季服务费，每季度¥237,500，考核扣款从当季费用中扣减。本合同不设预付款。

第三章 服务交接与验收
第6条 乙方应于合同签订后十日内完成与原运维单位的交接，包括账号权限、运维文档、备份介质的清点与确认。
第7条 交接验收标准：平台全部模块可正常登录使用；一百三十六家企业数据在线率不低于95%；备份恢复演练成功一次；运维文档清单经甲方逐项签字确认。交接验收合格后，甲方出具书面确认。
第8条 乙方未按期完成交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。

第四章 服务水平
第9条 平台月可用率不低于99.95%。
第10条 故障分级：一级故障指平台整体不可用、预警推送中断或数据库损坏；二级故障指部分功能或部分企业数据中断；三级故障为其他一般问题。
第11条 一级故障乙方应在六小时内响应并安排工程师到场处置，二十四小时内恢复；二级故障在一个工作日内响应，三个工作日内解决；三级故障在五个工作日内解决。
第12条 服务考核：月可用率每低于承诺值0.01个百分点扣减当季服务费¥1,000；一级故障未在规定时限内恢复的，每次扣减¥5,000；月度运维报告逾期提交的，每次扣减¥500。

第五章 数据安全与保密
第13条 平台数据及企业上报数据属于甲方，乙方仅可为履行运维服务访问和处理，不得复制、留存、对外提供或用于任何其他目的。
第14条 乙方应落实网络安全等级保护要求，运维人员实名登记，运维操作全部通过甲方堡垒机进行并留存日志；禁止使用未经甲方检测的移动存储介质。发生数据泄露、篡改或系统被入侵的，乙方应在一小时内报告甲方并立即处置，因乙方原因造成的损失及行政责任由乙方承担。
第15条 乙方对履约中知悉的企业安全信息、平台架构及甲方内部资料负有保密义务，未经甲方书面许可不得泄露，保密义务不因合同终止而解除。

第六章 知识产权
第16条 乙方在运维中为甲方编写的脚本、巡检工具配置、应急预案、运维文档及报告，知识产权归甲方所有，甲方可自由使用、修改并提供给后续运维单位。

第七章 人员与分包
第17条 乙方应派驻不少于三名专职运维工程师，项目负责人须具有六年以上同类项目经验。更换人员应提前五个工作日书面告知甲方。
第18条 乙方可将企业端现场巡检、设备线路维修等辅助工作委托第三方实施，但应提前三日书面告知甲方，并对受托方的工作质量承担责任。

第八章 违约与解除
第19条 乙方违反数据安全或保密义务的，除赔偿损失外，应按合同总价的5%支付违约金。
第20条 乙方严重违约，连续两个季度考核不合格，或经甲方书面催告后十日内仍未纠正违约行为的，甲方有权解除合同，并按实际服务期结算费用。

第九章 法律适用与争议解决
第21条 本合同适用中华人民共和国法律。
第22条 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十章 其他
第23条 本合同未尽事宜，以竞争性谈判文件、乙方响应文件及成交通知书为准。
第24条 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

第十一章 运维管理要求
第25条 乙方应建立运维管理制度，包括日常巡检制度、变更管理制度、备份管理制度、应急响应预案及值班制度，并在交接验收时报甲方备案。
第26条 乙方每日对平台运行状态、数据库空间、接口连接和预警推送情况进行巡检，每周对一百三十六家企业的数据上报情况进行统计分析，发现企业连续两日断线或数据异常的，应通知企业整改并同步报告甲方。
第27条 平台变更（包括版本升级、配置调整、补丁安装）应提前提交变更方案，经甲方审批后在业务低峰时段实施，并制定回退措施。
第28条 乙方每月对平台数据库进行一次完整备份恢复测试，备份数据应保存在甲方指定的存储设备中，不得带出甲方机房。
第29条 防汛、台风、重大节假日及重要会议期间，乙方应按甲方要求安排专人二十四小时值守，确保预警信息及时推送到相关企业和监管人员。
第十二章 服务报告与考核
第30条 乙方每月五日前提交上月运维报告，内容包括平台可用率、故障记录、企业数据在线率、安全事件及整改情况、下月工作计划。
第31条 甲方每季度结合运维报告、抽查记录和企业反馈对乙方进行考核，考核结果作为当季服务费支付依据。
第32条 服务期满前一个月，乙方应配合甲方或其指定的后续运维单位完成交接，移交全部运维文档、账号权限清单和备份数据，不得以任何理由拖延。
第十三章 廉政与其他约定
第33条 乙方及其人员不得向甲方工作人员赠送礼品、礼金或提供宴请、旅游等任何不正当利益，不得以任何形式干扰甲方依法监管。违反本条的，甲方有权解除合同，并将有关情况报送政府采购监督管理部门。
第34条 乙方应为派驻人员依法缴纳社会保险，并对派驻人员的人身安全负责。派驻人员在企业现场巡检时，应遵守企业的安全生产管理规定，佩戴必要的防护用品，严禁携带火种进入危险化学品储存区域。
第35条 合同履行期间，如上级部门对监测预警平台提出新的接入或功能要求，双方另行协商服务内容和费用，并签订补充协议。
第36条 乙方应对平台存在的安全漏洞进行季度扫描，高危漏洞在发现后三个工作日内完成整改，中危漏洞在十个工作日内完成整改，并将整改结果报甲方复核。
第37条 合同附件包括：附件一《运维服务内容及考核细则》、附件二《接入企业清单》、附件三《派驻人员名单》。附件与本合同具有同等效力。
第38条 本合同履行中需要双方确认的事项，以甲方信息化科室负责人书面签字确认为准。
甲方（盖章）：某区应急管理局          代表签字：________          2026年12月__日
乙方（盖章）：某安全信息技术有限公司      代表签字：________          2026年12月__日
"""

H242Z05 = """# 云织 MES 软件许可及实施合同（标准文本 V4.0）

> 本合同为乙方标准合同文本，未经乙方法务确认的修改不生效。

合同编号：YZ-MES-2027-0219

甲方（客户）：某米粉食品有限公司

乙方（供应商）：某云织工业软件有限公司

甲方为实现米粉生产从浸米、磨浆、发酵、蒸粉、挤丝到烘干包装的全过程数字化管理，向乙方采购云织 MES 软件许可及配套定制开发与实施服务。双方签订本合同如下。

## 第一部分 产品与价格

**1.1** 合同标的及价格：

| 项目 | 说明 | 金额（元） |
|---|---|---|
| 云织 MES 软件许可 | 永久许可，含生产计划、工单、质量、设备、追溯模块，50 用户 | 620,000 |
| 定制开发 | 配方管理、米浆发酵工艺参数追溯、与甲方 ERP 及电子秤对接 | 480,000 |
| 实施部署 | 安装部署、基础数据导入、上线辅导 | 120,000 |
| 合计 | | 1,220,000 |

**1.2** 合同总价人民币壹佰贰拾贰万元整，不含甲方自行采购的服务器、网络及现场终端。

## 第二部分 付款

**2.1** 合同签订后五个工作日内，甲方支付合同总价的50%，即¥610,000。乙方收到该款项后启动项目。

**2.2** 系统上线后十个工作日内，甲方支付剩余50%，即¥610,000。

**2.3** 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至款项付清。

## 第三部分 实施与验收

**3.1** 乙方按双方确认的实施计划推进，计划工期约一百二十日。因甲方需求变更、基础数据提供延迟或现场条件不具备导致的延期，工期相应顺延。乙方将尽力按计划完成，但不因工期延误承担违约责任。

**3.2** 系统部署完成并投入上线运行，即视为甲方验收合格。甲方在上线后提出的问题，乙方按维护服务处理。

## 第四部分 免费维护与后续维保

**4.1** 自系统上线之日起，乙方提供六个月免费维护，包括缺陷修复和远程技术支持。

**4.2** 免费维护期满后，甲方如需继续获得维护、升级服务，应签订年度维保合同，维保费用按乙方当年公布的价目表执行。

## 第五部分 技术支持

**5.1** 紧急故障（生产线无法报工或追溯中断）：乙方在接到甲方报修后八小时内响应，远程处理；需现场处理的，另行协商时间。

**5.2** 一般故障：两个工作日内响应。

**5.3** 乙方对故障处理时效不承担扣款、赔偿或违约金责任。

## 第六部分 知识产权

**6.1** 云织 MES 软件及其全部版本的知识产权归乙方所有。

**6.2** 乙方在本项目中完成的定制开发成果（包括配方管理模块、发酵工艺追溯功能、接口程序及源代码、数据模型），知识产权归乙方所有。甲方在本合同有效期内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或二次开发。乙方有权将上述成果纳入标准产品销售给其他客户。

## 第七部分 数据

**7.1** 甲方生产数据（配方、工艺参数、批次记录、质检结果）存储于甲方服务器。

**7.2** 乙方为实施和维护需要可访问甲方数据，并有权将该等数据脱敏后用于产品改进、行业工艺模型训练及食品行业数字化研究报告。

**7.3** 乙方访问甲方系统须使用甲方分配的独立账号，经甲方批准后通过加密通道进行，操作留存日志；乙方对其人员在访问中造成的数据泄露、丢失负责，发现数据安全事件应在二十四小时内通知甲方并配合处理，因乙方过错造成的损失由乙方赔偿。

## 第八部分 保密

**8.1** 双方对在合作中知悉的对方配方、工艺、价格和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第九部分 责任限制

**9.1** 乙方在本合同项下的全部赔偿责任累计不超过本合同总价的20%。

**9.2** 乙方不承担任何间接损失、生产停工损失、利润损失或原料报废损失。

## 第十部分 合同解除

**10.1** 一方严重违约，经另一方书面通知后十五日内未纠正的，另一方可以解除合同。

**10.2** 因甲方原因解除合同的，已付款项不予退还。

## 第十一部分 争议解决

**11.1** 因本合同产生的争议，双方友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十二部分 其他

**12.1** 本合同自双方盖章之日起生效。本合同与乙方报价单、实施计划书构成完整协议，此前口头或书面约定与本合同不一致的，以本合同为准。

**12.2** 本合同一式两份，双方各执一份。

## 第十三部分 甲方配合事项

**13.1** 甲方应指定项目负责人，负责需求确认、基础数据整理和现场协调，并保证生产、质量、仓储等部门的关键用户参与需求调研和系统测试。

**13.2** 甲方应自行采购并按乙方要求配置服务器、数据库、网络及车间终端设备，包括工位平板、扫码枪、标签打印机及电子秤接口，相关费用不包含在合同总价中。

**13.3** 甲方应在乙方提出需求后三个工作日内提供物料编码、配方清单、工艺路线、设备台账等基础数据，并对数据的准确性负责。

## 第十四部分 培训

**14.1** 乙方为甲方关键用户提供两期集中培训，内容包括系统操作、基础数据维护和常用报表使用。关键用户培训后负责对车间操作人员进行内部培训。

**14.2** 培训期间的场地、设备及学员食宿由甲方负责。

## 第十五部分 需求变更

**15.1** 需求调研确认后，甲方提出的新增功能或修改，属于需求变更，乙方有权另行报价并调整工期。

**15.2** 变更工作量的评估以乙方出具的评估报告为准。

## 第十六部分 不可抗力

因不可抗力、政策调整、网络运营商故障、第三方软硬件缺陷等非乙方可控原因导致合同不能履行或延迟履行的，乙方不承担责任。

## 第十七部分 通知

**17.1** 双方往来通知以书面形式发送至本合同载明的联系地址或电子邮箱。乙方通过项目群发送的实施通知，视为已送达甲方。

**17.2** 甲方如对乙方交付的文档、功能有异议，应在收到后三个工作日内书面提出，逾期未提出的视为无异议。

## 第十八部分 合同转让

**18.1** 未经乙方书面同意，甲方不得将本合同项下的权利义务转让给第三方。

**18.2** 乙方可将本合同项下的收款权利转让给其关联公司，并书面通知甲方。

## 第十九部分 附件

本合同附件包括：附件一《报价单》、附件二《实施计划书》、附件三《功能清单》。附件与本合同正文不一致的，以本合同正文为准。

## 第二十部分 其他约定

**20.1** 乙方有权在其官方网站、宣传材料及行业案例集中使用甲方名称及商标，用于介绍本项目。

**20.2** 甲方应按乙方提供的系统部署要求配置运行环境；因甲方运行环境不符合要求造成的系统故障，不属于乙方维护范围。

**20.2A** 乙方派驻现场的实施人员应遵守甲方食品生产车间的卫生管理制度，进入车间前应按要求更衣、消毒，不得携带与工作无关的物品进入生产区域。

**20.3** 本合同的任何修改须经双方书面确认并加盖公章。

甲方（盖章）：某米粉食品有限公司　　　　授权代表：________　　日期：________

乙方（盖章）：某云织工业软件有限公司　　授权代表：________　　日期：________
"""

H242E01 = """T:Software Licence and Services Agreement
P:Agreement No. PDL-CN-2027-007
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Suzhou Jinxian Embroidery Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Gusu District, Suzhou, Jiangsu Province (the "Customer"); and
P:(2) Punto d'Oro Design Software S.r.l., a company incorporated in Italy with its registered seat on the Isola di Sant'Elena, Venice, Italy (the "Vendor").
H:Recitals
P:(A) The Customer designs and produces hand and machine embroidery in the Su embroidery tradition and wishes to digitise its stitch designs for its multi-head embroidery machines.
P:(B) The Vendor develops stitch-design and punching software and has offered perpetual licences, a stitch library module, a custom converter for the Customer's archive and related services.
P:(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:1. Definitions
P:1.1 "Software" means the Vendor's PuntoStudio stitch-design software, version 9, in object code, together with its documentation and any corrections supplied under this Agreement.
P:1.2 "Custom Converter" means the software tool that the Vendor will develop for the Customer to convert the Customer's archive of hand-drawn and scanned Su embroidery patterns into editable stitch files, including its source code, conversion rules and documentation.
P:1.3 "Acceptance Certificate" means the certificate signed by the Customer under Clause 5 once the Acceptance Tests are passed.
P:1.4 "Customer Designs" means all designs, patterns, images, colour charts and stitch files created, supplied or stored by the Customer, whether or not processed with the Software.
H:2. Scope
P:2.1 The Vendor shall supply fourteen (14) perpetual seat licences of the Software and four (4) licences of the Stitch Library module, develop and deliver the Custom Converter, install the Software on the Customer's workstations in Suzhou, and train the Customer's designers.
P:2.2 The licences are perpetual, non-exclusive and non-transferable except to an affiliate of the Customer, and permit use on the Customer's premises and on designers' laptops used for studio work.
H:3. Prices
P:3.1 The prices are as follows (CNY, inclusive of VAT and of all import duties, which the Vendor shall bear):
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:PuntoStudio perpetual seat licence|14|46,500|651,000
TB:Stitch Library module licence|4|28,000|112,000
TB:Licence subtotal|||763,000
TB:Custom Converter (development and delivery)|1|96,000|96,000
TB:Installation and training|1|41,000|41,000
TB:Contract Price|||900,000
P:3.2 The Contract Price of CNY 900,000 is fixed and covers all work under this Agreement except the optional support described in Clause 7.
H:4. Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 180,000) within fifteen days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 495,000) after delivery and installation of all licences and delivery of the Custom Converter. Installation does not amount to acceptance.
P:4.3 The Customer shall pay the remaining 25% of the Contract Price (CNY 225,000) within twenty days after it signs the Acceptance Certificate.
P:4.4 Payments shall be made by bank transfer to the Vendor's account in China or, where the Vendor so requests in writing, through a bank approved for cross-border CNY settlement.
H:5. Delivery and Acceptance
P:5.1 The Vendor shall install all licences within thirty days after signature and deliver the Custom Converter within ninety days after signature.
P:5.2 The Acceptance Tests shall show that: (a) all fourteen seats activate and run on the Customer's workstations; (b) the Custom Converter converts a sample of two hundred archive patterns chosen by the Customer, with at least ninety-five of every hundred stitch files running on the Customer's machines without manual correction; (c) converted files keep thread colours and stitch directions as shown in the original pattern; and (d) the documentation and source code of the Custom Converter have been handed over.
P:5.3 The Customer shall run the Acceptance Tests within ten working days after the Vendor's notice of readiness and shall either sign the Acceptance Certificate or list the defects. The Vendor shall correct listed defects and the tests shall be repeated. Use of the Software in production before the Acceptance Certificate is signed does not amount to acceptance.
P:5.4 If the Vendor fails to complete installation or delivery by the dates in Clause 5.1, it shall pay liquidated damages of 0.02% of the Contract Price for each day of delay, up to a maximum of 5% of the Contract Price.
H:6. Warranty and Support Levels
P:6.1 The Vendor warrants that the Software and the Custom Converter will perform substantially in accordance with their documentation for nine (9) months from the date of the Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge.
P:6.2 Defects are classified as follows. Priority 1: the Software cannot be started, or stitch files cannot be exported to the machines. Priority 2: a major function fails but a workaround exists. Priority 3: all other defects and questions.
P:6.3 The Vendor shall respond to a Priority 1 defect within two (2) hours during the Customer's working hours (China Standard Time), provide a workaround within one working day and a fix within five working days. Priority 2 defects receive a response within one working day; Priority 3 defects within three working days.
P:6.4 For each hour by which the Vendor exceeds the Priority 1 response time, the Vendor shall credit the Customer CNY 600 against the next invoice or pay that amount.
H:7. Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support, covering new versions, corrections and remote assistance.
P:7.2 The annual support fee is 11% of the Licence subtotal, that is CNY 83,930 per year. This fee is fixed for the first three support years; any later change must be agreed in writing. Support is ordered by the Customer year by year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software and the Stitch Library remain the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Converter, including its source code and conversion rules, vest in the Customer on payment under Clause 4.2. The Customer may use, modify, copy and license the Custom Converter freely, including through third parties.
P:8.3 Customer Designs belong to the Customer in all cases.
H:9. Customer Designs and Data Security
P:9.1 The Vendor may access Customer Designs only to perform this Agreement, and shall not copy, keep, publish or use them for any other purpose, including training, marketing or sample libraries.
P:9.2 Remote access by the Vendor requires the Customer's approval for each session, shall take place through the Customer's VPN with multi-factor authentication, and shall be logged. The Vendor shall not transfer Customer Designs outside the Customer's systems.
P:9.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Designs, cooperate in containment, and bear the losses caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including Customer Designs, prices and the Vendor's technical information, and shall not disclose it to any third party without prior written consent, during this Agreement and for three years after it ends.
H:11. Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement of intellectual property and breach of Clauses 9 and 10, which is not limited.
H:12. Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:13. Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:13.2 If the Customer terminates for the Vendor's breach before acceptance, the Vendor shall refund all amounts paid for the undelivered or rejected items.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Italy.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the courts of Venice, Italy.
H:15. General
P:15.1 This Agreement is written in English and Chinese; the English version prevails.
P:15.2 Notices shall be in writing and sent by courier or email to the addresses in the signature block.
P:15.3 This Agreement is the entire agreement of the parties on its subject.
H:16. Training and Documentation
P:16.1 The Vendor shall train up to fourteen designers and two administrators in Suzhou over four working days, covering digitising, stitch types, density and underlay settings, machine formats, use of the Stitch Library and operation of the Custom Converter. Training materials may be copied for the Customer's internal use.
P:16.2 The Vendor shall provide the documentation of the Software in English and Chinese, and the documentation of the Custom Converter in Chinese.
P:Signed for the Customer: ____________________ Name / Title / Date
P:Signed for the Vendor: ____________________ Name / Title / Date
"""

H242E02 = """ORDER FORM No. TQ-2027-0318
under the Tollgate Cloud General Terms (Version 6)

Supplier: Tollgate Cloud Ltd, a company registered in Scotland with its registered office on Inchcruin, Loch Lomond, Scotland ("Tollgate")
Customer: Tai'an Mount Tai Scenic Area Tourism Operation Co., Ltd., Tai'an, Shandong Province, People's Republic of China (the "Customer")

This Order Form and the General Terms set out below form one agreement (the "Agreement"). If they conflict, this Order Form prevails. At the Customer's request all fees are stated and invoiced in Chinese Renminbi (CNY).

PART A - ORDER DETAILS

A1. Services
Tollgate will provide its cloud ticketing platform for the scenic area (online and on-site ticket sales, timed-entry reservations, identity-card and face verification at the gates, cable-car and shuttle-bus ticket bundles, group bookings for travel agencies, revenue reports) for the gates at Hongmen, Tianwaicun, Taohuayu and Tianzhu Peak, and will carry out the onboarding described in A3.

A2. Fees
- Subscription fee: CNY 58,000 per month for a Subscription Term of 36 months = CNY 2,088,000
- Onboarding and gate integration (one-time) = CNY 132,000
- Total Contract Value = CNY 2,220,000
Transaction volumes up to 9 million tickets per year are included. No fees are payable before the Subscription Start Date.

A3. Onboarding
Tollgate will configure the ticket products and price rules, connect the platform to the 64 existing gate turnstiles and to the Customer's payment accounts, migrate the current season-pass holders, and train the ticket-office staff. Onboarding shall be completed within sixty days after signature.

A4. Go-Live Acceptance
Before Go-Live the parties will run acceptance tests agreed in writing: (a) every ticket product can be sold online and at the ticket offices; (b) every gate admits valid tickets and refuses invalid ones in a test of five thousand scans with no wrongful admission; (c) a load test of eight hundred ticket sales per minute completes without error; (d) daily revenue reports reconcile with the payment accounts for seven consecutive days. The Customer signs a Go-Live Acceptance Certificate once the tests are passed. Opening the platform to the public before the certificate is signed is not acceptance. The Subscription Start Date is the date of the certificate.

A5. Late onboarding
If Go-Live Acceptance is not achieved within sixty days after signature for reasons attributable to Tollgate, Tollgate shall pay CNY 2,000 for each day of delay, up to CNY 120,000.

A6. Invoicing
The subscription fee is invoiced monthly in arrears. The onboarding fee is invoiced on the Go-Live Acceptance Certificate. Invoices are payable within thirty days.

A7. Renewal
At the end of the Subscription Term, the Agreement renews for successive periods of six months at the same fees unless either party gives notice of non-renewal at least sixty days before the end of the current term.

PART B - GENERAL TERMS

1. Service Levels
1.1 Tollgate will make the platform available 99.95% of each calendar month, excluding planned maintenance announced seven days in advance and carried out between 23:00 and 05:00 China Standard Time, never on public holidays or during the Golden Week periods.
1.2 Incidents are classified by the Customer. Severity 1: ticket sales or gate admission is unavailable at any gate. Severity 2: a major function is impaired. Severity 3: other issues.
1.3 Tollgate will respond to Severity 1 incidents within thirty (30) minutes, at any hour, and restore service or provide a workaround within three hours. Severity 2 incidents receive a response within two hours and a fix within two days.
1.4 Service credits: if monthly availability falls below the committed level, Tollgate credits 5% of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that fee. For each hour by which a Severity 1 response is late, Tollgate credits CNY 3,000.
1.5 An offline fallback mode at the gates, in which tickets sold before the interruption continue to be validated, forms part of the service.

2. Customer Data
2.1 "Customer Data" means all data that the Customer or its visitors enter into the platform, including visitor identity data, ticket and payment records.
2.2 Customer Data belongs to the Customer. Tollgate will use Customer Data only to provide the services under this Agreement and will not sell it, analyse it for its own purposes or disclose it except as required to provide the services.
2.3 On expiry or termination, Tollgate will return Customer Data to the Customer in a common format within thirty days and then delete it.

3. Subcontractors
3.1 Tollgate may use subcontractors, hosting providers and other service providers of its choice to perform any part of the services. Tollgate remains responsible for their performance.
3.2 A current list of such providers is published on Tollgate's website; Tollgate may change it at any time.

4. Intellectual Property
4.1 The platform, its software and documentation belong to Tollgate.
4.2 Ticket product configurations, price rules, gate mappings, report templates and other deliverables created for the Customer during onboarding belong to the Customer. The Customer may use, modify and provide them to any successor provider without restriction.

5. Confidentiality
5.1 Each party will keep confidential the non-public information of the other party, including prices, visitor statistics and technical information, and will not disclose it without the other party's prior written consent, except to advisers bound by confidentiality or as required by law.
5.2 This obligation continues for three years after the Agreement ends.

6. Fees and Taxes
6.1 The fees are fixed for the Subscription Term.
6.2 Fees are inclusive of VAT. Tollgate will issue valid Chinese VAT invoices through its appointed invoicing agent in Jinan.

7. Liability
7.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.
7.2 The limit does not apply to personal injury, fraud, wilful misconduct or breach of clause 5.

8. Term and Termination
8.1 The Agreement starts on signature and continues for the Subscription Term and any renewal.
8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach which is not remedied within thirty days after written notice.
8.3 The Customer may also terminate if monthly availability falls below the committed level in any two months of a rolling six-month period.
8.4 On termination for Tollgate's breach, Tollgate refunds any fees paid for services not yet provided and gives reasonable transition assistance for up to ninety days at no charge.

9. Governing Law and Jurisdiction
9.1 The Agreement is governed by the law of Scotland.
9.2 The courts of Scotland, sitting in Edinburgh, have exclusive jurisdiction over any dispute arising from or connected with the Agreement.

10. General
10.1 Neither party may assign the Agreement without the other party's written consent.
10.2 Notices are given in writing to the addresses above, with a copy by email.
10.3 The Agreement is written in English and Chinese; the English text prevails.
10.4 Force majeure: neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other promptly and uses reasonable endeavours to resume performance.

11. Customer Responsibilities
11.1 The Customer will provide access to its gates, ticket offices and payment accounts, appoint a project lead for onboarding, and supply product, price and season-pass data in the format reasonably requested by Tollgate.
11.2 The Customer is responsible for the physical condition of its turnstiles, network cabling on the mountain and power supply at the gates, and for the conduct of its ticket-office staff.

12. Changes to the Services
12.1 Tollgate may improve the platform from time to time, provided that no change reduces the functions ordered in this Order Form or the service levels in clause 1.
12.2 New ticket products, gates or integrations requested by the Customer will be priced in a change order agreed in writing before work starts.

13. Anti-bribery
13.1 Neither party shall offer or give any payment, gift or other advantage to the employees or officials of the other party or of any public authority in connection with this Agreement. A breach of this clause is a material breach.

14. Peak-season Cooperation
14.1 Before the Spring Festival, the May Day holiday and Golden Week, the parties will hold a readiness review, agree the expected visitor numbers and confirm the contact persons on duty, and Tollgate will keep a senior engineer on call for the whole holiday period.
14.2 Tollgate will provide a written post-holiday report with visitor and transaction statistics drawn from the platform for the Customer's own use.

14.3 During peak periods Tollgate will not deploy new platform releases to the Customer's environment unless they fix an incident.

15. Insurance
15.1 Tollgate shall maintain professional indemnity and cyber insurance with reputable insurers during the term and shall provide certificates of insurance to the Customer on request.

16. Publicity
16.1 Neither party shall use the name or logo of the other in publicity without prior written consent, except that Tollgate may state that the Customer is a client once the platform is live.

Signed for Tollgate Cloud Ltd: ____________________ Name / Title / Date
Signed for the Customer: ____________________ Name / Title / Date
"""

H242E03 = """T:Purchase Contract for Water-Quality Sensors and Monitoring Platform
P:Contract No. NDHY-EQ-2027-021
P:Buyer: Ningde Sandu'ao Large Yellow Croaker Aquaculture Co., Ltd., Jiaocheng District, Ningde, Fujian Province, People's Republic of China (the "Buyer")
P:Supplier: Aquaveille Systèmes SAS, a French simplified joint-stock company with its seat on the Île Degaby, Marseille, France (the "Supplier")
P:Whereas the Buyer operates deep-water cage farms for large yellow croaker in Sandu'ao Bay and needs continuous monitoring of dissolved oxygen, temperature, salinity, pH, turbidity and ammonia at its cages; whereas the Supplier designs and integrates marine sensor buoys and monitoring software; and whereas this Contract is issued on the Buyer's standard terms with all prices in Chinese Renminbi (CNY) at the Buyer's request; the parties agree as follows.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission 48 multi-parameter sensor buoys, 6 solar-powered 4G/LoRa gateways and a perpetual licence of its AquaVigil monitoring platform, develop alarm models for the Buyer's cages, and train the Buyer's farm technicians.
P:1.2 The equipment shall be suitable for continuous immersion in sea water, typhoon conditions of the Fujian coast and anti-fouling cleaning by the Buyer's staff.
H:Article 2 Contract Price
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Multi-parameter sensor buoy|48|31,500|1,512,000
TB:Solar gateway|6|18,000|108,000
TB:AquaVigil platform licence (perpetual)|1|236,000|236,000
TB:Hardware and licence subtotal|||1,856,000
TB:Marine installation and commissioning|1|164,000|164,000
TB:Custom alarm models|1|58,000|58,000
TB:Training|1|22,000|22,000
TB:Contract Price|||2,100,000
P:2.1 The Contract Price is CNY 2,100,000, fixed, including VAT, customs duties, sea freight to Ningde and delivery to the Buyer's quay.
H:Article 3 Payment
P:3.1 Advance payment: 20% of the Contract Price (CNY 420,000) within fifteen days after signature, against an advance-payment guarantee from a bank in mainland China.
P:3.2 Installation payment: 45% of the Contract Price (CNY 945,000) after all buoys and gateways are installed and online. Installation is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 735,000) within twenty days after the Buyer signs the Final Acceptance Certificate.
H:Article 4 Delivery
P:4.1 The Supplier shall deliver all equipment within seventy-five days and complete installation within one hundred and five days after signature.
P:4.2 For each day of delay in delivery or in installation, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
H:Article 5 Acceptance
P:5.1 Final Acceptance requires: (a) a 30-day trial run in which every buoy reports at least every five minutes and data completeness reaches 98%; (b) sensor readings within the accuracy in Annex 2 when compared with laboratory samples taken by the Buyer on three separate days; (c) the dissolved-oxygen alarm reaching the duty technician's phone within sixty seconds in ten consecutive tests; (d) delivery of manuals, calibration certificates and the documentation of the alarm models.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within ten working days after the criteria are met, or list the deficiencies in writing. Installation, use of the data or payment under Article 3.2 does not constitute acceptance.
H:Article 6 Warranty and Service Levels
P:6.1 The warranty period is twenty-four (24) months from Final Acceptance. During the warranty the Supplier shall repair or replace defective equipment free of charge, including sensors damaged by normal sea conditions, and keep spare buoys in Ningde.
P:6.2 The platform shall be available 99.95% of each month.
P:6.3 Priority 1 fault (loss of dissolved-oxygen data or alarms for more than one cage group): the Supplier shall respond within one hour at any time, and restore monitoring within twenty-four hours, by spare buoy if needed. Priority 2 fault: response within eight working hours, repair within three days.
P:6.4 For each hour by which a Priority 1 response or restoration is late, the Supplier shall pay CNY 1,000; for each full 0.01 percentage point by which monthly availability falls short, CNY 1,500.
H:Article 7 Support after the Warranty
P:7.1 After the warranty the Buyer may buy annual support (calibration, spare parts at cost, software updates, remote monitoring support) at 8% of the Hardware and licence subtotal, that is CNY 148,480 per year, fixed for three years. Each support year is ordered by the Buyer in writing; there is no automatic renewal.
H:Article 8 Data
P:8.1 All water-quality data, alarms, cage records and logs collected by the system belong to the Buyer. The Supplier may process them only to perform this Contract and shall not use them for any other purpose, including research or products for third parties.
P:8.2 The platform shall be hosted on the Buyer's servers in Ningde. Remote access by the Supplier requires per-session approval, multi-factor authentication and logging; no data may be copied outside the Buyer's systems. The Supplier shall report any data-security incident within six hours, take remedial measures and compensate the Buyer for losses caused by its breach.
H:Article 9 Intellectual Property
P:9.1 The custom alarm models, their thresholds, code and documentation belong to the Buyer, who may modify them and license them to third parties. The AquaVigil software remains the Supplier's, licensed perpetually to the Buyer.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including farm locations, stock data, prices and technical documents, and shall not disclose it without prior written consent, for three years after the end of this Contract.
H:Article 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 8 and 10.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The work boat and diving team for installation may be subcontracted only to a company approved by the Buyer in writing.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if delay damages reach their maximum.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou. The award is final and binding.
H:Article 15 Miscellaneous
P:15.1 This Contract is made in Chinese and English; both versions are equally authentic. Annex 1 (equipment specifications), Annex 2 (sensor accuracy) and Annex 3 (installation plan) form part of it.
H:Article 16 Training, Documentation and Spare Parts
P:16.1 The Supplier shall train at least twelve technicians of the Buyer in two sessions, one at the Buyer's office and one on the cages, covering installation of buoys, cleaning and anti-fouling, sensor calibration, replacement of batteries and solar panels, reading of the platform dashboards and response to alarms.
P:16.2 The Supplier shall deliver, in Chinese, an operation manual, a maintenance manual, calibration procedures, wiring drawings for the gateways and a list of recommended spare parts with prices.
P:16.3 The Supplier shall keep spare parts available for eight years after Final Acceptance, at prices not higher than those in its spare-parts list attached to this Contract, increased only by the official consumer price index of Fujian Province.
H:Article 17 Safety at Sea
P:17.1 Work on the water shall be carried out only in weather conditions accepted by the Buyer's farm manager. The Supplier's personnel shall wear life jackets at all times, follow the Buyer's safety instructions for the cages and boats, and hold the certificates required by Chinese maritime authorities.
P:17.2 The Supplier is responsible for the safety of its personnel and subcontracted crews and shall hold appropriate accident and third-party liability insurance during installation.
H:Article 18 Force Majeure
P:18.1 Neither party is liable for delay caused by typhoons, red tides or other events beyond its reasonable control, provided it notifies the other party within three days and takes reasonable steps to limit the effects. Delivery dates are extended by the period of the event.
H:Article 18A Anti-bribery
P:18A.1 The Supplier shall not offer any gift, commission or other advantage to the Buyer's employees or to any public official in connection with this Contract. A breach of this Article entitles the Buyer to terminate the Contract immediately and to recover its losses.
H:Article 18B Environmental Protection
P:18B.1 The Supplier shall use mooring materials and anti-fouling coatings that comply with Chinese marine environmental standards and shall take back used batteries and damaged buoys for lawful recycling at its own cost.
H:Article 18C Visits and Inspection
P:18C.1 The Buyer may, with reasonable notice, inspect the production and testing of the buoys at the Supplier's works or at its Chinese assembly partner before shipment. Inspection does not relieve the Supplier of any obligation under this Contract.
H:Article 19 Notices
P:19.1 Notices under this Contract shall be in writing and delivered by courier or email to the addresses of the parties on the first page. A notice by email is received on the next working day after it is sent.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H242E04 = """# Managed IT and Service Desk Agreement

**Agreement reference:** MIT-ZS-2027-14

**Between**

- **Zhongshan Guzhen Brightway Lighting Import & Export Co., Ltd.**, Guzhen Town, Zhongshan, Guangdong Province, People's Republic of China (the **"Client"**); and
- **Ferro Serviços Geridos, Lda.**, a Portuguese private limited company with its registered seat on the Ilhéu de Ferro, Porto Santo, Madeira, Portugal (the **"Provider"**).

**Background.** The Client exports decorative and LED lighting from Guzhen and runs offices, a showroom and two warehouses with about 260 users. It wishes to outsource its end-user support, service desk and infrastructure management to the Provider, which runs a Mandarin and English service desk through its staff in Guangzhou. At the Client's request all charges are stated and paid in Chinese Renminbi (CNY).

## 1. Definitions

1.1 **"Services"** means the service desk, desktop support, server and network management and the other services in Schedule 1.

1.2 **"Client Data"** means all data of the Client, its staff, customers and suppliers that the Provider accesses, processes or stores in performing the Services, including order, pricing and export documents.

1.3 **"Service Start Date"** means the date on which the Client signs the Transition Acceptance Certificate under clause 4.

1.4 **"Monthly Charge"** means the fixed monthly charge in clause 3.

## 2. Services and Term

2.1 From the Service Start Date the Provider shall provide the Services for a term of twenty-four (24) months.

2.2 The Services comprise: a service desk reachable by phone, chat and email from 07:30 to 22:00 China Standard Time on all days, with on-call cover at night; on-site desktop support at the Guzhen office, showroom and warehouses; management, patching and monitoring of 18 servers, the firewalls, switches and Wi-Fi; backup management and monthly restore tests; user and licence administration; and a monthly service report.

2.3 The Agreement ends at the end of the term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Charges and Payment

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Charge | CNY 64,500 × 24 months | 1,548,000 |
| Transition (one-time) | fixed | 72,000 |
| **Total Contract Value** | | **1,620,000** |

3.1 The Monthly Charge is invoiced monthly in arrears, after the Client has approved the monthly service report. The transition charge is invoiced after the Transition Acceptance Certificate is signed.

3.2 No amount is payable in advance. Invoices are payable within thirty days of receipt. Charges are inclusive of VAT and fixed for the term.

3.3 Service credits under clause 5 are deducted from the next invoice.

## 4. Transition and Acceptance

4.1 The Provider shall complete transition within forty-five days after signature: take over documentation and credentials from the Client's current supplier, build the asset register, set up monitoring on all servers and network devices, and train the service desk on the Client's applications.

4.2 Transition acceptance criteria: (a) every server, network device and laptop is in the asset register and monitored; (b) a test restore of the ERP database and the file server succeeds; (c) fifty test tickets across all categories are logged, routed and closed within target; (d) the runbooks listed in Schedule 2 are delivered and approved by the Client's IT manager.

4.3 When the criteria are met the Client signs the Transition Acceptance Certificate. The start of ticket handling does not in itself amount to acceptance.

4.4 If transition acceptance is delayed beyond forty-five days for reasons attributable to the Provider, the Provider shall pay CNY 1,500 for each day of delay, up to CNY 60,000.

## 5. Service Levels and Service Credits

5.1 Incident priorities: **P1** - the ERP, email or internet access is unavailable for a site, or a security incident is in progress; **P2** - a business function is impaired for several users; **P3** - a single user is affected; **P4** - requests and questions.

5.2 Response targets: P1 within fifteen (15) minutes at any time, with restoration or workaround within three hours; P2 within one hour and resolution within eight business hours; P3 within two business hours; P4 within one business day.

5.3 Service credits: for each P1 incident whose response is late, CNY 1,000, and a further CNY 1,000 for each started hour by which restoration is late; if fewer than 95 of every hundred P2 and P3 tickets in a month meet their targets, 5% of that month's Monthly Charge.

5.4 The Provider shall report all targets and credits in the monthly service report.

## 6. Client Data and Security

6.1 Client Data belongs to the Client. The Provider shall process it only on the Client's instructions and to perform the Services, and shall not use it for any other purpose, including analytics, benchmarking or product development.

6.2 The Provider shall: keep Client Data in mainland China and on the Client's systems; access systems only with named accounts, multi-factor authentication and session logging; apply security patches within the periods in Schedule 1; follow the Client's information-security policy and applicable PRC law on personal information and data security.

6.3 The Provider shall notify the Client within two hours after becoming aware of a security incident affecting Client Data, contain it, and bear the costs and losses caused by its breach of this clause.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including customer lists, prices, designs and technical information, and shall not disclose it without prior written consent. This clause survives for three years after the Agreement ends.

## 8. Intellectual Property

8.1 Runbooks, scripts, configurations, the asset register and reports produced for the Client belong to the Client, which may use and modify them and hand them to a successor provider.

8.2 The Provider's own tools remain its property; the Client receives a licence to use them during the term.

## 9. Staff and Subcontracting

9.1 The Provider shall assign a named service delivery manager and keep at least two engineers on site in Guzhen during business hours.

9.2 The Provider shall not subcontract any part of the Services without the Client's prior written consent and remains responsible for approved subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury, fraud, wilful misconduct, or breach of clauses 6 and 7.

## 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other commits a material breach and does not remedy it within thirty days after notice.

11.2 The Client may also terminate if P1 response targets are missed in three months within any period of six months.

11.3 On expiry or termination the Provider shall provide exit assistance for up to sixty days, return all Client Data and credentials, and delete its copies.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be finally resolved by arbitration administered by the Hong Kong International Arbitration Centre under its Administered Arbitration Rules, with the seat of arbitration in Hong Kong. The language of the arbitration is English.

## 13. General

13.1 Neither party may assign this Agreement without the other's written consent.

13.2 This Agreement, with Schedule 1 (Service Description) and Schedule 2 (Runbooks), is the entire agreement of the parties.

## 14. Governance and Reporting

14.1 The parties shall hold a monthly service review in Guzhen to discuss the service report, open problems, planned changes and improvement actions. Minutes are kept by the Provider and approved by the Client.

14.2 Every six months the parties shall hold a strategic review attended by the Client's general manager and the Provider's regional director, covering user satisfaction, security posture and technology plans.

14.3 The Provider shall run a user-satisfaction survey every quarter and share the full results with the Client.

## 15. Changes

15.1 Additional users, sites or devices within ten per cent of the numbers in Schedule 1 are covered by the Monthly Charge. Larger changes are priced in a written change order agreed before the work begins, using the unit rates in Schedule 1.

15.2 Projects outside the Services, such as office moves or new system roll-outs, are quoted separately.

## 16. Force Majeure

16.1 Neither party is liable for a failure caused by events beyond its reasonable control, including typhoons and public-health measures, provided it notifies the other party promptly and uses reasonable endeavours to continue the Services, including by remote support.

## 16A. Asset Ownership

16A.1 All hardware, software licences and accounts used for the Services that the Client has purchased remain the Client's property, including where the Provider administers them.

## 17. Notices

17.1 Notices under this Agreement shall be in writing and delivered by hand, courier or email to the addresses given by each party in Schedule 1. Operational communications may be made through the ticketing tool.

17.2 This Agreement is made in English and Chinese; both versions have equal effect.

**Signed for the Client:** ____________________ Name / Title / Date

**Signed for the Provider:** ____________________ Name / Title / Date
"""

H242E05 = """API SUBSCRIPTION AGREEMENT - FOOD-SAFETY CERTIFICATE SERVICE

Reference: CERTLINK-JX-0427

Parties

CertLink Data Services Limited, a company registered in Scotland, whose registered office is on Inchlonaig, Loch Lomond, Scotland ("CertLink"); and

Ganzhou Xinfeng Navel Orange Export Co., Ltd., Xinfeng County, Ganzhou, Jiangxi Province, People's Republic of China (the "Subscriber").

Introduction

The Subscriber packs and exports Gannan navel oranges to markets in Europe, the Middle East and Southeast Asia. Each consignment needs phytosanitary, pesticide-residue and origin documents that importers and port authorities check. CertLink runs an online service that validates such documents, compiles certificate packs in the format required by each destination market and exposes them through an application programming interface (API). The Subscriber wishes to call the API from its packing-house system. At the Subscriber's request all fees are stated and paid in Chinese Renminbi (CNY).

1. Definitions

1.1 "API" means CertLink's certificate-validation and certificate-pack API, version 3, and its documentation.
1.2 "Subscriber Data" means all data that the Subscriber sends to or stores in the service, including grower lists, orchard locations, laboratory results, consignment details and importer contacts, and the certificate packs generated from them.
1.3 "Integration Work" means the mapping of the Subscriber's packing-house system fields to the API, the label templates and the test scripts that CertLink will build for the Subscriber under clause 3.
1.4 "Subscription Term" means two years from the Integration Acceptance Date.

2. Subscription

2.1 CertLink grants the Subscriber a non-exclusive right during the Subscription Term to call the API for its own exports, up to 6,000 consignments per year, from its own systems and those of its logistics agents.
2.2 The service covers document validation against the rules of the destination markets that CertLink supports, generation of certificate packs, a status record for each consignment and a web portal for the Subscriber's export team.
2.3 CertLink will use commercially reasonable efforts to keep the API and portal running and to deal with problems reported by the Subscriber. CertLink gives no commitment on availability, response times or resolution times, and planned or unplanned interruptions do not entitle the Subscriber to any credit or reduction in fees.
2.4 CertLink may update the API from time to time, provided that it gives ninety days' notice of any change that is not backwards compatible.

3. Integration Work and Acceptance

3.1 CertLink shall complete the Integration Work within forty days after signature.
3.2 Integration acceptance tests: (a) fifty real consignments from the previous season are submitted through the API and every certificate pack matches the documents prepared manually by the Subscriber; (b) rejected documents are reported back with a reason code for each error; (c) the label templates print correctly on the Subscriber's printers in the packing houses at Xinfeng and Anyuan; (d) the test scripts and field mapping are delivered in editable form.
3.3 When the tests are passed, the Subscriber signs an integration acceptance note; its date is the Integration Acceptance Date. Calling the API in production before that date does not amount to acceptance.
3.4 If the Integration Work is not accepted within forty days after signature for reasons attributable to CertLink, CertLink shall pay the Subscriber CNY 300 for each day of delay, up to CNY 20,000.

4. Fees and Payment

4.1 Fees:
   Subscription fee, year 1 .............. CNY 186,000
   Subscription fee, year 2 .............. CNY 186,000
   Integration Work (one-time) ........... CNY 28,000
   Total ................................. CNY 400,000
4.2 The subscription fee is invoiced quarterly in arrears, in equal instalments of CNY 46,500. The Integration Work fee is invoiced after the Integration Acceptance Date. Nothing is payable before the Integration Acceptance Date.
4.3 Invoices are payable within thirty days. The fees are fixed for the Subscription Term and include VAT.
4.4 Consignments above the annual allowance are charged at CNY 25 each, invoiced with the next quarterly invoice.

5. Subscriber Data

5.1 Subscriber Data belongs to the Subscriber. CertLink will use it only to provide the service to the Subscriber and will not use it for any other purpose, including aggregated statistics, market reports or sale to third parties.
5.2 Subscriber Data is stored in a data centre in mainland China operated for CertLink's Chinese service; it is not transferred abroad except as the Subscriber instructs for a given consignment.

6. Data Security

6.1 CertLink shall protect Subscriber Data with technical and organisational measures appropriate to its nature, including encryption in transit and at rest, role-based access, multi-factor authentication for its administrators and logging of all administrative access, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
6.2 CertLink shall notify the Subscriber within twenty-four hours after becoming aware of any unauthorised access to, loss of or disclosure of Subscriber Data, take immediate steps to contain it and cooperate with the Subscriber and the authorities.
6.3 CertLink is liable for the losses suffered by the Subscriber as a result of a breach of this clause 6, including the cost of re-issuing certificates and of notices to affected persons.

7. Intellectual Property

7.1 The API, the portal and CertLink's rule sets belong to CertLink.
7.2 The Integration Work, including the field mapping, label templates and test scripts, belongs to the Subscriber, which may use, change and hand it to any other provider without restriction.

8. Subscriber Obligations

8.1 The Subscriber is responsible for the correctness of the data it submits and for keeping its API keys secure.
8.2 The Subscriber shall not resell access to the API or use it for consignments of other exporters.

9. Subcontracting

9.1 CertLink shall not subcontract any part of the service without the Subscriber's prior written consent, and remains responsible for the acts of any approved subcontractor.

10. Liability

10.1 Neither party excludes liability for fraud, wilful misconduct or personal injury.
10.2 Neither party is liable for indirect loss or loss of profit, except where such loss results from a breach of clause 6.

11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any further term requires a new written agreement.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.
11.3 On expiry or termination, CertLink shall, at the Subscriber's choice, return Subscriber Data in a common machine-readable format within thirty days and then delete it, and shall confirm the deletion in writing.

12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang in accordance with its rules. The award is final.

13. General

13.1 Neither party may assign this Agreement without the other party's written consent.
13.2 Notices must be in writing and sent to the addresses above, with a copy by email.
13.3 This Agreement is made in English and Chinese; in case of difference the Chinese text prevails.

14. Destination-market Rules

14.1 CertLink maintains the validation rules for each supported destination market and updates them when importing authorities change their documentary requirements. CertLink will inform the Subscriber of material rule changes affecting its markets by email before they take effect where the authority has published them in advance.

14.2 The Subscriber remains responsible for the accuracy of the documents it submits and for compliance with the import rules of each market. The certificate packs are an aid to the Subscriber's export team and do not replace the certificates issued by the competent authorities.

15. Support Contacts

15.1 The Subscriber may report problems by email or through the portal. CertLink will publish a list of named contacts and keep the Subscriber informed of progress on reported problems.

15.2 CertLink will provide the Subscriber with an integration guide and sample code in Java and Python, and will answer integration questions from the Subscriber's IT supplier during the Integration Work.

16. Anti-bribery and Compliance

16.1 Each party shall comply with applicable anti-bribery laws and shall not offer any payment or advantage to officials of customs, inspection or port authorities in connection with the service.

16.2 The Subscriber shall not use the service for consignments subject to sanctions or export restrictions.

17. Force Majeure

17.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it informs the other party promptly.

17.2 A party affected by such an event shall resume performance as soon as the event ends and shall keep the other party informed of its progress in the meantime.

18. Notices

18.1 Notices under this Agreement shall be in writing and sent by courier or by email to the addresses given above. An email notice is received on the next working day after it is sent, unless the sender receives an error message.

18.2 Each party shall inform the other in writing of any change of its address or contact persons.

Signed for CertLink Data Services Limited: ____________________ Name / Title / Date

Signed for the Subscriber: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- files, formats
FILES = {
    "h242z01": ("h242z01_city_health_commission_regional_platform.docx", "docx", "zh", H242Z01),
    "h242z02": ("h242z02_capacitor_plant_aoi_line.pdf", "pdf", "zh", H242Z02),
    "h242z03": ("h242z03_hair_salon_chain_booking_saas.md", "md", "zh", H242Z03),
    "h242z04": ("h242z04_district_emergency_bureau_hazchem_platform_om.txt", "txt", "zh", H242Z04),
    "h242z05": ("h242z05_rice_noodle_mes_supplier_template.md", "md", "zh", H242Z05),
    "h242e01": ("h242e01_embroidery_studio_stitch_software_licences.docx", "docx", "en", H242E01),
    "h242e02": ("h242e02_mount_tai_ticketing_saas_order_form.txt", "txt", "en", H242E02),
    "h242e03": ("h242e03_croaker_farm_water_sensors.pdf", "pdf", "en", H242E03),
    "h242e04": ("h242e04_lighting_exporter_managed_it_service_desk.md", "md", "en", H242E04),
    "h242e05": ("h242e05_navel_orange_certificate_api_subscription.txt", "txt", "en", H242E05),
}

# ---------------------------------------------------------------- price and payment sums
def check_sums():
    assert 1280000 + 736000 + 318000 + 86000 == 2420000
    assert (484000, 1089000, 847000) == (2420000 * 20 // 100, 2420000 * 45 // 100, 2420000 * 35 // 100)
    assert 484000 + 1089000 + 847000 == 2420000 and 1280000 * 9 // 100 == 115200
    assert 6 * 268000 == 1608000 and 3 * 96000 == 288000 and 6 * 34000 == 204000
    assert 1608000 + 288000 + 204000 == 2100000 and 2100000 + 126000 + 158000 + 16000 == 2400000
    assert (240000, 1200000, 840000, 120000) == tuple(2400000 * p // 100 for p in (10, 50, 35, 5))
    assert 240000 + 1200000 + 840000 + 120000 == 2400000 and 2100000 * 18 // 100 == 378000
    assert 55 * 380 * 24 == 501600 and 501600 + 68400 == 570000
    assert 612000 + 244800 + 93200 == 950000 and 4 * 237500 == 950000
    assert 620000 + 480000 + 120000 == 1220000 and 2 * 610000 == 1220000
    assert 14 * 46500 == 651000 and 4 * 28000 == 112000 and 651000 + 112000 == 763000
    assert 763000 + 96000 + 41000 == 900000 and 180000 + 495000 + 225000 == 900000
    assert (180000, 495000, 225000) == tuple(900000 * p // 100 for p in (20, 55, 25))
    assert round(763000 * 0.11) == 83930
    assert 58000 * 36 == 2088000 and 2088000 + 132000 == 2220000
    assert 48 * 31500 == 1512000 and 6 * 18000 == 108000 and 1512000 + 108000 + 236000 == 1856000
    assert 1856000 + 164000 + 58000 + 22000 == 2100000 and 420000 + 945000 + 735000 == 2100000
    assert (420000, 945000, 735000) == tuple(2100000 * p // 100 for p in (20, 45, 35))
    assert 1856000 * 8 // 100 == 148480
    assert 64500 * 24 == 1548000 and 1548000 + 72000 == 1620000
    assert 2 * 186000 + 28000 == 400000 and 4 * 46500 == 186000


# ---------------------------------------------------------------- labels (buyer's view)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order, then extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value;
# then category, forum_outside_mainland, tco (fee base, fee/yr, post-warranty years) or None, planned rules
PLAN = {
 "h242z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
              "PRC", G], (True, True, True, False, 2420000), "software", False, (1280000, 115200, 3), []),
 "h242z02": ([None, 2, True, "buyer", True, True, True, 0.1, 50, 10, True, True, 24, 18, False, True, False,
              "PRC", G], (True, True, True, False, 2400000), "hardware", False, (2100000, 378000, 3),
             ["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE"]),
 "h242z03": ([99.5, 1, True, "buyer", True, False, True, 500 / 570000 * 100, None, None, True, None, None, None,
              True, True, False, "PRC", S], (True, True, None, False, 570000), "cloud", False, None,
             ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h242z04": ([99.95, 6, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, True,
              "PRC", S], (True, True, None, False, 950000), "services", False, None,
             ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
 "h242z05": ([None, 8, False, "supplier", True, False, True, None, 20, 50, False, False, 6, None, False, True, None,
              None, G], (True, False, False, True, 1220000), "software", False, None,
             ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
              "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "h242e01": ([None, 2, True, "buyer", True, True, True, 0.02, 150, 20, True, True, 9, 11, False, True, False,
              "Italy", G], (True, True, True, False, 900000), "software", True, (763000, 83930, 5 - 0.75),
             ["CR-GOVERNING-LAW", "CR-LD-LOW", "CR-WARRANTY"]),
 "h242e02": ([99.95, 0.5, True, "buyer", False, True, True, 2000 / 2220000 * 100, 150, None, True, None, None, None,
              False, True, True, "Scotland", S], (True, True, None, False, 2220000), "cloud", True, None,
             ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-SUBCONTRACT"]),
 "h242e03": ([99.95, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 8, False, True, False,
              "PRC", G], (True, True, True, False, 2100000), "hardware", False, (1856000, 148480, 3), []),
 "h242e04": ([None, 0.25, True, "buyer", True, True, True, 1500 / 1620000 * 100, 150, None, True, None, None, None,
              False, True, False, "PRC", S], (True, True, None, False, 1620000), "services", True, None,
             ["CR-GOVERNING-LAW"]),
 "h242e05": ([None, None, False, "buyer", True, True, False, 300 / 400000 * 100, None, None, True, None, None, None,
              False, True, False, "PRC", S], (False, True, None, False, 400000), "cloud", False, None,
             ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
RISK = {"h242z01": "low", "h242z02": "high", "h242z03": "medium", "h242z04": "medium", "h242z05": "high",
        "h242e01": "medium", "h242e02": "high", "h242e03": "low", "h242e04": "low", "h242e05": "high"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(cv, plan_tco):
    if plan_tco is None:
        return None
    base, fee, years = plan_tco
    post = fee * years
    return cv + post, post / (cv + post) * 100


def apply_rules(t, x, forum_outside, plan_tco):
    """Policy §3 re-applied to the labels (my reading, written down in NOTES.md)."""
    sla, ld_stated, capped, deemed, cv = x
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
        tc = tco(cv, plan_tco)
        if tc is not None and tc[1] > 40:
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


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, lang, _ = FILES[key]
    vals, x, cat, forum, ptco, planned = PLAN[key]
    t = dict(zip(KEYS, vals))
    sla, ld_stated, capped, deemed, cv = x
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    rules = apply_rules(t, x, forum, ptco)
    assert rules == sorted(planned), (key, rules, planned)
    assert risk_of(rules) == RISK[key], (key, risk_of(rules))
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules}


# figures behind every numeric label, which must appear in the text as read back
MUST = {
 "h242z01": ["99.95%", "三十分钟内响应", "万分之八", "20%", "二十四个月", "9%", "2,420,000", "¥1,000", "归甲方所有"],
 "h242z02": ["两小时内响应", "千分之一", "50%为限", "10%", "二十四个月", "18%", "2,400,000", "378,000", "¥800"],
 "h242z03": ["99.5%", "一小时内响应", "¥500", "570,000", "8%", "自动续期", "脱敏"],
 "h242z04": ["99.95%", "六小时内响应", "千分之一", "950,000", "提前三日书面告知"],
 "h242z05": ["八小时内响应", "20%", "50%", "六个月", "当年公布的价目表", "即视为甲方验收合格", "1,220,000", "知识产权归乙方所有"],
 "h242e01": ["two (2) hours", "0.02%", "150%", "20%", "nine (9) months", "11%", "83,930", "900,000", "Italy", "Venice"],
 "h242e02": ["99.95%", "thirty (30) minutes", "CNY 2,000", "150%", "2,220,000", "law of Scotland",
             "subcontractors, hosting providers and other service providers of its choice"],
 "h242e03": ["99.95%", "within one hour", "0.1%", "200%", "20%", "twenty-four (24) months", "8%", "148,480", "2,100,000"],
 "h242e04": ["fifteen (15) minutes", "CNY 1,500", "150%", "1,620,000", "Hong Kong", "People's Republic of China"],
 "h242e05": ["CNY 300", "400,000", "commercially reasonable efforts", "People's Republic of China"],
}

# ---------------------------------------------------------------- thresholds of policy §3 / §4, in any spelling
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NZ = "[〇零一二三四五六七八九十百点]"
THRESHOLDS = {
    "availability 99.9": [r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?!" + NZ + ")"],
    "P1 response 4 h": [r"(?<![\d.])4\s*(?:\(4\)\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![\w-])four\s*(?:\(4\)\s*)?(?:hours?|-hour)",
                        r"(?<![十二三五六七八九])四个?小时"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.05(?!\d)" + PCT, r"万分之五(?!十)", r"千分之零点五", r"0\.5\s*‰"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?!" + NZ + ")", r"(?:one\s+)?hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?!" + NZ + ")", r"thirty" + PCT, r"三成"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:\(12\)\s*)?(?:months?|-month|个月)", r"twelve\s*(?:\(12\)\s*)?(?:months?|-month)",
                           r"(?<![\d〇零一二三四五六七八九十])十二个月"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?!" + NZ + ")", r"fifteen" + PCT],
    "TCO share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?!" + NZ + ")", r"forty" + PCT],
    "TCO horizon 5 years": [r"(?<![\d.])5\s*(?:\(5\)\s*)?(?:years?|-year|年)", r"(?<![\w-])five\s*(?:\(5\)\s*)?(?:years?|-year)",
                            r"(?<![〇零一二三四六七八九十])五年"],
}
PATTERNS = [(n, re.compile(p, re.I)) for n, ps in THRESHOLDS.items() for p in ps]


def threshold_hits(text):
    return [(n, m.group(0)) for n, rx in PATTERNS for m in rx.finditer(text)]


def self_test():
    for s in ["99.9%", "可用率99.9 %", "4 hours", "four (4) hours", "4小时", "四小时", "0.05%", "万分之五", "100%",
              "百分之百", "30 %", "百分之三十", "thirty per cent", "12 months", "twelve (12) months", "十二个月",
              "15%", "百分之十五", "40 per cent", "百分之四十", "5 years", "五年", "five years", "5年"]:
        assert threshold_hits(s), s
    for s in ["99.95%", "99.98", "24 hours", "twenty-four hours", "二十四小时", "14 hours", "0.055%", "万分之五十",
              "1000%", "130%", "30-day trial", "百分之三十五", "112 months", "二十二个月", "115%", "百分之十五点五",
              "2025年", "二十五年", "2027年12月31日", "4G/LoRa", "fifteen (15) minutes", "150%", "25 years"]:
        assert not threshold_hits(s), (s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def flat(text, lang):
    if lang == "zh":
        return re.sub(r"\s*\n\s*", "", text)
    return re.sub(r"\s+", " ", text)


def length(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return len(text.split())


# ---------------------------------------------------------------- main
if __name__ == "__main__":
    check_sums()
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("md", "txt"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: v[3] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    bad = []
    for key, (name, fmt, lang, src) in FILES.items():
        text = read_back(OUT / name)
        f = flat(text, lang)
        hits = threshold_hits(f) + threshold_hits(text)
        if hits:
            bad.append((name, hits))
        for s in MUST[key]:
            if s not in f:
                bad.append((name, "missing figure " + s))
        lab = label(key)
        if lab["expected_extra"]["contract_value"] is not None:
            assert format(lab["expected_extra"]["contract_value"], ",") in f, (name, "contract value")
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        n = length(text, lang)
        assert (2800 <= n <= 3300) if lang == "zh" else (1500 <= n <= 1700), (name, n)
        tc = tco(PLAN[key][1][4], PLAN[key][4])
        print("%-58s %-4s %5d %s  rules=%d risk=%s tco=%s" % (name, lang, length(text, lang),
              "chars" if lang == "zh" else "words", len(lab["expected_rules"]), RISK[key],
              None if tc is None else (round(tc[0], 2), round(tc[1], 2))))
    assert not bad, bad
    print("all checks passed")
