"""holdout358: writes the ten blind draft contracts, their .json labels, and checks lengths / thresholds / rules.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Sources are kept here; .docx / .pdf are built with ../word_pdf.py write(..., wrap_words=True).
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01  统计局 联网直报数据处理平台 (政府采购 公开招标, buyer's paper) — .pdf, 第X条 + 1.1 — compliant
# ----------------------------------------------------------------------------------------------------------------
H358Z01 = """T:临澄市统计局联网直报数据处理平台建设项目政府采购合同
P:合同编号：LCTJ-ZFCG-2026-017　　采购方式：公开招标　　项目编号：LC2026-GK-0342
P:采购人（甲方）：临澄市统计局　　地址：临澄市政务中心东楼九层
P:供应商（乙方）：杭州数衡信息技术有限公司　　地址：杭州市滨江区江虹路八一一号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临澄市统计局联网直报数据处理平台（以下简称“平台”）的采购与建设事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清材料均为本合同的组成部分，与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件许可，并完成联网直报数据的采集、审核、汇总、查询和发布功能的定制开发、历史数据迁移、部署实施及培训，使平台满足全市约一千二百家调查对象的统计联网直报需要。
P:1.2 定制开发内容包括：直报审核规则引擎（不少于三百条审核规则，可由甲方自行维护）、四十类专业报表模板、与省级统计数据采集处理平台及本市政务数据共享平台的接口、审核查询工作台。
P:1.3 平台部署在甲方政务外网机房，由甲方提供服务器、数据库及网络环境，乙方负责软件安装、调试与上线。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾肆万元整（¥2,340,000），为含税固定总价，包括软件许可、开发、迁移、实施、培训、差旅及质保期内全部服务费用，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久许可，不限用户数）|1,180,000
TB:2|定制开发（审核规则引擎、报表模板、接口、工作台）|864,000
TB:3|历史数据迁移（2016年以来直报数据）|156,000
TB:4|部署实施|98,000
TB:5|培训|42,000
TB:合计||2,340,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后二十个工作日内，甲方支付合同总价的20%作为预付款，即¥468,000。
P:3.2 平台通过初步验收后二十个工作日内，甲方支付合同总价的45%，即¥1,053,000。
P:3.3 平台通过最终验收后二十个工作日内，甲方支付合同总价的35%，即¥819,000。
P:3.4 乙方每次请款前应开具等额增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成开发、迁移和部署，并提交初步验收申请；初步验收通过后进入九十日试运行期。
P:4.2 乙方应按甲方认可的实施计划推进工作，每两周提交一次进度报告。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：招标文件技术需求逐项实现；审核规则运行结果与人工复核抽样结果一致；迁移数据经全量比对无差错；在五百个并发用户条件下，常用查询响应时间不超过三秒；第三方测评机构出具的安全测评和密码应用安全性评估报告无高风险问题。
P:5.2 试运行期满，平台连续运行期间未发生一级故障，且完成一个完整月度直报周期的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或者付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内，乙方免费提供缺陷修复、版本升级、技术咨询及驻场保障，并在每月直报高峰期安排专人值守。
P:6.2 质保期内平台月度可用率不低于99.99%（计划内维护除外）。
P:6.3 故障分级及响应要求：一级故障（平台无法登录、直报数据无法提交或汇总出错）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，下一个工作日内解决；三级故障在下一次版本更新中解决。
P:6.4 乙方每超时响应或恢复1小时，甲方有权扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000；扣减款项从应付款或履约保证金中直接扣除。
P:6.5 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过平台软件许可费的9%（即不超过¥106,200），质保期满后三个年度内不得上调。维护合同不自动续期。
H:第七条 知识产权
P:7.1 平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的审核规则、报表模板、接口程序、工作台及其源代码和技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发，乙方应在最终验收时移交全部源代码。
H:第八条 数据安全
P:8.1 平台处理的全部统计数据、调查对象信息及日志均属于甲方，乙方不得以任何形式留存、复制、分析或用于本合同以外的目的。
P:8.2 乙方应遵守《中华人民共和国统计法》《中华人民共和国数据安全法》及网络安全等级保护第三级要求，实施人员经堡垒机审批后方可访问生产环境，测试仅使用甲方提供的脱敏数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、未公开统计资料及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:10.2 乙方交付的平台不符合合同约定的，甲方有权要求限期整改，并由乙方承担相应损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十一条 分包与转包
P:11.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，或逾期违约金达到上限的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 通知与廉洁
P:14.1 本合同项下的通知应以书面形式送达合同首部载明的地址，或以电子邮件发送至双方项目负责人指定的邮箱。
P:14.2 乙方不得向甲方工作人员提供回扣、礼品或其他不正当利益，违反的，甲方有权解除合同并依法处理。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:甲方（盖章）：临澄市统计局　　　　乙方（盖章）：杭州数衡信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02  铝型材厂 挤压机控制系统改造, with post-warranty 维保 — .docx, 一、/（一）, Word price table
# ----------------------------------------------------------------------------------------------------------------
H358Z02 = """T:挤压生产线控制系统改造项目合同
P:合同编号：HXLX-SB-2026-0519
P:甲方（买方）：佛山市禾兴铝型材有限公司
P:住所：佛山市南海区狮山镇松岗工业大道十八号
P:乙方（卖方）：无锡精挤自动化科技有限公司
P:住所：无锡市新吴区长江南路二十六号
P:鉴于甲方拟对其二号车间三台铝型材挤压机（1800吨两台、2500吨一台）的电气控制及液压驱动系统进行改造，乙方具备相应的设计、供货与施工能力，双方经平等协商，就本项目订立如下合同条款，共同遵守。
H:一、改造范围
P:（一）拆除三台挤压机原有继电器控制柜及部分老化液压元件，更换为PLC主控系统、伺服泵控液压驱动单元和工业触摸屏，实现等温挤压、速度闭环和模具温度联锁。
P:（二）提供挤压工艺软件许可及工艺配方库，编制PLC控制程序和HMI画面，并与甲方现有的MES系统对接，上传产量、能耗和停机数据。
P:（三）负责安装、接线、调试、试生产跟班及操作、维修人员培训。每台设备停机改造时间不超过十八日，三台设备分批实施，不影响其余设备生产。
H:二、合同价格
P:（一）合同总价为人民币壹佰肆拾贰万捌仟元整（¥1,428,000），含税，包括设备、软件、运输、保险、安装、调试、培训及质保期内的服务费用。分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC主控柜及I/O模块|3套|168,000|504,000
TB:2|伺服泵控液压驱动单元|3套|126,000|378,000
TB:3|工业触摸屏HMI|3套|28,000|84,000
TB:4|挤压工艺软件许可（永久）|3套|52,000|156,000
TB:5|温度、压力传感器及线缆|1批|96,000|96,000
TB:|软硬件小计|||1,218,000
TB:6|安装调试及停机改造|1项|186,000|186,000
TB:7|培训|1项|24,000|24,000
TB:|合计|||1,428,000
P:（二）上述价格为固定价格，合同履行期间不因原材料或汇率变化而调整。
H:三、付款
P:（一）合同生效后十五日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到达甲方现场并经双方清点签收后十五日内，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:（三）三台设备全部通过终验后十五日内，甲方支付合同总价的45%。
P:（四）余款即合同总价的10%作为质量保证金，质保期满且无未决质量问题后十五日内无息支付。
H:四、交货与实施
P:（一）乙方应于合同生效后六十日内将全部设备运至甲方车间。
P:（二）第一台设备的停机改造应在设备到货后二十日内开始，三台设备应在合同生效后一百二十日内全部完成改造并具备终验条件。
H:五、验收
P:（一）每台设备改造完成后，乙方提交调试报告，甲方组织单机验收，标准为：挤压速度控制偏差不超过设定值的±2%；模具温度联锁动作正确；连续试生产七十二小时无控制系统故障；成品率不低于改造前三个月的平均水平；MES数据上传完整。
P:（二）三台设备均通过单机验收并稳定运行三十日后，甲方组织终验，双方签署终验报告。
P:（三）设备安装完成或甲方投入生产使用，均不视为验收合格。
H:六、质量保证与维保服务
P:（一）质保期为终验合格之日起十八个月。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并承担往返运输费用。
P:（二）故障响应：一级故障（挤压机因控制系统原因停机）乙方应在30分钟内远程响应，6小时内派工程师到达现场；二级故障（部分功能异常但可生产）2小时内响应，48小时内到场。乙方每超时1小时，甲方可扣减¥800。
P:（三）质保期满后，乙方提供维保服务，内容包括关键备件更换、每季度驻厂巡检、软件升级和远程诊断。维保年费按软硬件小计的28%计取，即每个维保年度¥341,040，质保期满后三个维保年度内保持不变。
P:（四）维保合同按年度签订，不自动续期，甲方可选择不续签。
H:七、知识产权
P:（一）挤压工艺软件的知识产权归乙方所有，甲方获得永久使用许可。
P:（二）乙方为本项目编制的PLC控制程序及其源代码、HMI画面、工艺配方库中由甲方工艺参数形成的部分，知识产权归甲方所有，甲方可自行修改或委托他人维护。
H:八、数据安全
P:（一）设备运行中产生的工艺参数、产量、能耗等生产数据属于甲方，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方设备部每次审批，经甲方提供的VPN及堡垒机接入，全程记录日志；乙方不得在控制系统中预留后门或远程锁机功能。
P:（三）发生数据泄露、篡改或控制系统被非法控制的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部损失。
H:九、保密
P:甲乙双方对在合同履行中获知的对方技术资料、工艺配方、价格和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任（包括违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
H:十一、分包
P:乙方不得将本项目转包。液压管路施工等辅助工作需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后十日内未能纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:十四、安全生产与现场管理
P:（一）乙方人员进入甲方车间应遵守甲方安全生产管理制度，穿戴劳动防护用品，动火、登高及带电作业须办理作业票。乙方应为其现场人员购买意外伤害保险。
P:（二）停机改造期间，乙方应对拆除的旧控制柜、电缆和液压元件分类堆放，由甲方决定回收或处置；改造现场每日收工前清理完毕。
P:（三）因乙方人员违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
H:十五、技术资料与培训
P:（一）乙方应在终验前向甲方移交电气原理图、接线图、PLC程序备份、HMI工程文件、液压原理图、备件清单及操作维护手册各两套（纸质及电子版）。
P:（二）乙方应为甲方操作工、电工和液压维修工分别组织培训，累计不少于六天，培训结束后进行实操考核，考核不合格的人员由乙方免费再培训一次。
H:十六、不可抗力
P:因地震、洪水、疫情管控等不可抗力导致不能按期履行的，受影响方应在五日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十七、通知
P:本合同项下的通知应以书面形式送达对方首部所载地址或对方项目负责人的电子邮箱，一方变更联系方式的，应提前三日书面告知对方。
H:十八、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、实施计划。
P:甲方：佛山市禾兴铝型材有限公司（盖章）　　代表签字：________
P:乙方：无锡精挤自动化科技有限公司（盖章）　　代表签字：________
P:日期：2026年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03  连锁烘焙店 (50 家) 订货及会员 SaaS + 实施 — .txt, 第X条 + （1）
# ----------------------------------------------------------------------------------------------------------------
H358Z03 = """麦禾烘焙门店订货及会员管理云服务合同

合同编号：MH-IT-2026-008

甲方：苏州麦禾烘焙连锁有限公司
地址：苏州市姑苏区人民路九百二十号
联系人：信息部 周经理

乙方：上海云焙科技有限公司
地址：上海市闵行区紫星路五八八号
联系人：客户成功部 陆经理

甲方在苏州、无锡两地经营五十家烘焙门店及一个中央工厂，拟采用乙方的“云焙”门店订货及会员管理云服务，替换现有的单机收银和手工订货方式。双方经友好协商，订立本合同。

第一条 服务内容
（1）乙方向甲方提供云焙平台的订阅服务，包括门店要货、中央工厂排产与配送、门店收银、会员积分与储值、营销券和经营报表等功能模块，开通门店端账号五十个、总部端账号二十个。
（2）乙方负责一次性实施服务：系统配置、商品及配方资料导入、会员及储值余额迁移、与甲方现有POS终端和金蝶财务系统的对接、门店店长及收银员培训。
（3）平台由乙方部署在境内公有云上，以SaaS方式提供，甲方通过浏览器、门店收银终端和小程序使用。

第二条 服务期限
（1）订阅服务期为三个服务年度，自上线验收合格之日起计算，每个服务年度自上线验收日或其周年日起算。
（2）三个服务年度届满前三十日内，任何一方未书面提出不续约的，本合同自动续展一个服务年度，此后亦同。续展时乙方有权根据其届时的价格体系调整订阅费，每次上调幅度不超过8%，并提前以电子邮件通知甲方。

第三条 费用
（1）本合同费用如下：
    门店端订阅：五十家 × ¥2,760/服务年度 = ¥138,000/服务年度
    总部端及中央工厂模块：¥36,000/服务年度
    会员营销模块：¥24,000/服务年度
    订阅费合计：¥198,000/服务年度，三个服务年度共计¥594,000
    一次性实施费：¥126,000
    合同总额：¥720,000（含税）
（2）门店数量在服务年度中增加的，新增门店按¥2,760/服务年度折算至当期期末计费；减少门店的，当期费用不予退还。

第四条 付款
（1）合同签订后十个工作日内，甲方一次性支付一次性实施费¥126,000及首个服务年度订阅费¥198,000，共计¥324,000。乙方收到该款项后启动实施。
（2）第二、第三个服务年度的订阅费，甲方应在该服务年度开始前十个工作日内支付。
（3）乙方应在收款前开具合法有效的增值税专用发票。

第五条 实施与上线验收
（1）乙方应在收到第四条第（1）款款项后六十日内完成全部实施工作，具备上线条件。
（2）上线验收标准为：全部五十家门店可正常要货和收银；会员及储值余额迁移后与原系统逐笔核对一致；与POS终端和财务系统的接口连续七日运行无差错；高峰时段收银单笔处理时间不超过两秒。
（3）满足上述标准后，甲方在五个工作日内出具上线验收单。试用或者部分门店先行使用，不视为验收合格。

第六条 服务水平
（1）平台月度可用率不低于99.95%，计划内维护应安排在凌晨一点至五点之间并提前两日通知。
（2）故障分级：一级故障指全部或过半门店无法收银或要货，乙方应在15分钟内响应，2小时内恢复；二级故障指单店或单一功能异常，乙方应在1小时内响应，当日内解决；三级为咨询类问题，一个工作日内答复。
（3）月度可用率低于承诺值的，乙方按当月订阅费的5%给予服务抵扣；低于99.5%的，抵扣当月订阅费的10%。一级故障超过恢复时限的，每超时1小时另抵扣¥1,000。抵扣金额从下一期订阅费中扣除。

第七条 知识产权
（1）云焙平台及其软件的知识产权归乙方所有，甲方在服务期内享有使用权。
（2）乙方为甲方定制开发的报表、接口程序、配置方案及相关文档的知识产权归甲方所有，甲方可自由使用、修改或交由其他服务商使用。

第八条 数据权属与使用
（1）甲方在平台中录入或产生的商品、订单、销售、会员及储值数据（“甲方数据”）归甲方所有。
（2）甲方同意，乙方可将甲方数据进行脱敏和汇总处理后，用于烘焙行业经营分析报告、平台功能改进及销量预测算法训练，该等使用在服务期满后仍可继续。

第九条 数据安全
（1）乙方应按照网络安全等级保护第三级的要求保护平台，对会员个人信息加密存储，实行最小权限和操作日志审计，不得将甲方数据传输至境外。
（2）发生数据泄露、篡改或丢失的，乙方应在24小时内书面通知甲方，并采取补救措施；因乙方原因造成的，乙方承担由此给甲方造成的全部损失，包括向会员赔付的费用。
（3）服务终止后三十日内，乙方应按甲方要求以通用格式返还全部甲方数据，并在返还后删除其系统中的甲方数据。

第十条 保密
双方对在合作中知悉的对方商业秘密、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

第十一条 违约责任
（1）乙方未能按第五条第（1）款期限具备上线条件的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
（2）乙方在本合同项下的累计赔偿责任不超过合同总额的1.5倍，但乙方故意、重大过失或违反第九条造成的损失不受此限。

第十二条 转委托
乙方不得将本合同项下的实施或运维工作委托给第三方，确需委托的，应事先取得甲方书面同意。

第十三条 合同解除
（1）一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除本合同。
（2）因乙方违约解除合同的，乙方应退还甲方已支付但尚未使用的订阅费，并返还甲方数据。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。

第十五条 甲方义务
（1）甲方应指定项目负责人，按实施计划提供商品、配方、门店及会员资料，并保证资料真实、完整。
（2）甲方负责门店网络、收银终端及打印机等硬件的准备和维护，并确保其符合乙方公布的最低配置要求。
（3）甲方应妥善保管平台账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

第十六条 培训与服务支持
（1）乙方应在上线前为每家门店的店长和收银员提供培训，并为总部运营、财务及会员运营人员提供专项培训，培训结束后提供操作手册和视频教程。
（2）服务期内，乙方提供每日八点至二十二点的电话及在线客服，并为甲方指定一名客户成功经理，每季度与甲方召开一次服务回顾会。
（3）平台版本更新涉及门店操作变化的，乙方应提前七日通知甲方并提供更新说明。

第十七条 不可抗力
因自然灾害、政府行为、公共卫生事件等不可抗力导致本合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商延期履行或解除合同。

第十八条 通知
（1）双方指定的联系人及电子邮箱见合同首部。与本合同有关的通知、确认和服务报告，可通过电子邮件或平台工单发送，发送之日视为送达。
（2）一方联系人或联系方式变更的，应在变更后三个工作日内通知对方。

第十九条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：苏州麦禾烘焙连锁有限公司（盖章）
授权代表：
日期：

乙方：上海云焙科技有限公司（盖章）
授权代表：
日期：
"""

# ----------------------------------------------------------------------------------------------------------------
# z04  市住房公积金管理中心 公积金业务系统 年度运维 (政府采购 竞争性磋商) — .txt, 1. / 1.1 — compliant
# ----------------------------------------------------------------------------------------------------------------
H358Z04 = """澄江市住房公积金管理中心
住房公积金业务系统2026年度运维服务政府采购合同

合同编号：CJGJJ-2026-YW-03
采购方式：竞争性磋商

采购人（甲方）：澄江市住房公积金管理中心
地址：澄江市新城区市民中心B座

供应商（乙方）：济南恒信软件服务有限公司
地址：济南市高新区舜华路七五零号

根据竞争性磋商文件、乙方响应文件、最后报价及成交通知书，甲乙双方就住房公积金业务系统年度运维服务订立本合同。磋商文件、响应文件和成交通知书为本合同的组成部分。

1. 服务范围
1.1 运维对象：住房公积金归集、提取、贷款、核算、稽核等业务子系统，综合服务平台（网厅、手机公积金、自助终端），以及与银行、不动产登记、人社、民政等部门的数据接口。
1.2 服务内容：驻场运维、应用软件缺陷修复及小版本升级、数据库与中间件维护、接口巡检、月度巡检报告、应急预案编制与演练、政策调整引起的参数配置。
1.3 乙方派驻三名运维工程师，其中项目经理一名，须具备中级以上职称或数据库相关认证；人员更换应事先征得甲方书面同意。

2. 服务期限
2.1 服务期自2026年1月1日起至2026年12月31日止。
2.2 服务期满本合同终止，不自动续期。如需继续采购，甲方依法另行组织采购。

3. 合同价款
3.1 合同总价为人民币捌拾叁万捌仟元整（¥838,000），为含税固定总价，分项如下：
    驻场运维服务（三人）　　　　　　¥468,000
    应用软件维护及小版本升级　　　　¥216,000
    数据库及中间件维护　　　　　　　¥96,000
    巡检与应急演练　　　　　　　　　¥58,000
    合计　　　　　　　　　　　　　　¥838,000
3.2 政策性参数调整及不超过二十人日的小型功能优化包含在合同价款内。

4. 付款
4.1 本合同不设预付款。
4.2 服务费按季度结算。每季度结束后，乙方提交季度运维报告，经甲方按第6条考核确认后十五个工作日内，甲方支付该季度服务费¥209,500。
4.3 考核发生扣款的，甲方在当期服务费中直接扣除。

5. 服务水平
5.1 业务系统及综合服务平台（网厅、手机公积金、自助终端）的月度可用率均不低于99.98%，计划内维护须在非办公时间进行并提前三日报甲方同意。
5.2 故障分级：一级故障指归集、提取、贷款任一核心业务无法办理或数据错误，乙方应在15分钟内响应，1小时内到达现场，3小时内恢复业务；二级故障指单一功能或单一接口异常，1小时内响应，当日内解决；三级故障在五个工作日内解决。
5.3 每季度至少进行一次全面巡检，每半个服务期至少组织一次应急演练。

6. 考核与验收
6.1 甲方每季度依据附件《运维服务考核表》进行考核，考核指标包括可用率、故障响应与恢复时效、巡检完成率、文档完整性和用户满意度。
6.2 一级故障每超时1小时扣减¥2,000；二级故障每超时1小时扣减¥500；可用率每低于承诺值0.01个百分点扣减¥3,000。
6.3 服务期满，乙方提交年度运维总结、配置清单、知识库及全部运维文档，甲方组织终期验收，标准为：全年考核平均得分不低于九十分；全部文档完整移交；无遗留的一级、二级问题。终期验收合格后甲方出具书面意见。

7. 交付物及违约金
7.1 乙方应于每季度结束后十日内提交季度运维报告，于服务期开始后三十日内提交应急预案。
7.2 乙方逾期提交上述交付物的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
7.3 乙方人员未经同意缺岗的，每人每日扣减¥800。

8. 数据安全
8.1 业务系统中的缴存职工个人信息、账户、贷款及业务数据均属于甲方，乙方仅为履行本合同使用。
8.2 乙方人员须签署个人保密承诺书，通过甲方堡垒机实名登录，操作全程审计；禁止将数据下载至个人设备或通过互联网传输；测试须使用甲方提供的脱敏数据。
8.3 发生数据泄露、篡改、丢失或安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

9. 保密
9.1 乙方对在服务中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后长期有效。

10. 知识产权
10.1 乙方在服务期内编制的运维脚本、配置文档、应急预案、知识库及为甲方开发的功能优化程序及源代码，知识产权归甲方所有，甲方可自行使用、修改或交由其他服务商使用。

11. 分包
11.1 乙方不得转包或分包本合同项下的服务。

12. 合同解除
12.1 乙方严重违约，或连续两个季度考核得分低于八十分，经甲方书面通知后十日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
12.2 合同解除或终止时，乙方应配合完成运维交接，交接期不少于三十日。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 人员管理与甲方义务
14.1 乙方驻场人员应遵守甲方的考勤、保密和信息安全管理制度，工作时间为甲方办公时间，节假日及直报、结息等业务高峰期间按甲方要求安排值班。
14.2 乙方应建立二线技术支持团队，一线驻场人员无法解决的问题，二线人员应远程或现场协助处理。
14.3 甲方为乙方驻场人员提供办公场地、必要的办公设备和系统访问权限，并指定一名联系人负责日常工作对接。
14.4 乙方人员在甲方工作期间发生的人身安全事故，由乙方自行负责。

14.5 服务期满或合同解除时，乙方应编制交接清单，向甲方或甲方指定的新服务商移交系统账号、配置清单、运维记录、未关闭问题清单及知识库，并在交接期内提供现场讲解和问题答疑，交接完成后由甲方书面确认。交接期间乙方不得删除或修改任何系统配置和数据。
14.6 乙方应于每月五日前提交上月运维月报，内容包括系统运行情况、故障处理记录、巡检发现的问题及整改建议；遇有重大政策调整或系统升级，乙方应提前编制实施方案报甲方审批。

15. 廉洁与不可抗力
15.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益；违反的，甲方有权解除合同。
15.2 因不可抗力不能履行合同的，受影响方应及时通知对方并在十日内提供证明，双方协商处理。

16. 通知
16.1 本合同项下的通知以书面形式送达双方在合同首部载明的地址，或发送至双方指定的电子邮箱。一方变更联系方式的，应及时书面通知对方。

17. 其他
17.1 本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。
17.2 附件：运维服务考核表、驻场人员名单、应急预案模板。

甲方（盖章）：澄江市住房公积金管理中心
代表签字：

乙方（盖章）：济南恒信软件服务有限公司
代表签字：

签订日期：2025年12月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05  豆腐干厂 ERP licence + custom development on the supplier's own template — .md, "## 第X条" + 1.1
# ----------------------------------------------------------------------------------------------------------------
H358Z05 = """# 易通ERP软件销售及实施合同

（易通软件标准合同文本 V3.6）

合同编号：YT-XS-2026-0412

**甲方（买方）：** 武冈市福记豆干食品有限公司
**地址：** 湖南省武冈市工业园区卤香路六号

**乙方（卖方）：** 长沙易通企业管理软件有限公司
**地址：** 长沙市岳麓区麓谷大道六五八号

甲方为豆干及卤制品生产企业，拟采购乙方易通ERP软件并由乙方进行定制开发和实施，以实现采购、生产、批次追溯、仓储、销售及财务业务的一体化管理。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供易通ERP标准版软件，授权用户数二十个，模块包括采购、库存、销售、应收应付、总账及成本。

1.2 乙方根据甲方需求定制开发以下功能：黄豆原料验收及批次管理、卤制工序配方管理、成品批次追溯（原料批次至经销商）、食品生产许可相关台账、经销商订货小程序。

1.3 乙方提供实施服务，包括需求调研、系统配置、期初数据导入、用户培训和上线支持。

1.4 乙方交付的资料包括：安装介质、软件注册码、用户操作手册、系统管理员手册及实施过程文档。定制开发功能以双方确认的《定制开发需求说明》为准，未列入需求说明的功能不属于本合同范围。

1.5 本合同所称“上线”，是指乙方完成系统安装、配置和期初数据导入，甲方开始在系统中录入日常业务单据。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾捌万捌仟元整（¥388,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 易通ERP标准版软件许可（永久） | 20用户 | 168,000 |
| 2 | 定制开发（批次追溯、配方、台账、订货小程序） | 1项 | 146,000 |
| 3 | 实施服务 | 1项 | 58,000 |
| 4 | 期初数据初始化 | 1项 | 16,000 |
| | 合计 | | 388,000 |

2.2 上述价格含增值税。因甲方需求变更产生的额外开发工作，按每人日¥1,800另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥252,200，乙方收款后安排实施人员进场。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即¥135,800。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 实施周期

4.1 乙方计划在收到首期款后九十日内完成实施并上线。实施周期为预计时间，因需求调整、甲方资料提供延迟或配合不到位造成的延误，乙方不承担责任。

4.2 甲方应指定项目负责人，按乙方要求及时提供基础数据并组织人员参加培训。

## 第五条 上线与验收

5.1 系统安装完成并在甲方上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的新需求，不影响验收结论，双方另行协商处理。

## 第六条 免费维护期

6.1 自系统上线之日起三个月为免费维护期，乙方在此期间免费解答使用问题并修复软件缺陷。

6.2 甲方发现系统问题的，应通过乙方客服热线或工单系统提交，乙方接到通知后将尽快安排技术人员处理。

6.3 因甲方操作不当、擅自修改配置或计算机病毒等原因造成的问题，不属于免费维护范围。

## 第七条 后续服务

7.1 免费维护期满后，甲方如需继续获得技术支持和升级服务，应与乙方签订年度服务协议，服务费按乙方当年公布的服务价格标准收取。

7.2 未签订年度服务协议的，乙方按次收取上门服务费，每次¥1,200起。

## 第八条 知识产权

8.1 易通ERP软件及乙方为甲方定制开发的全部功能、程序、源代码及文档，其知识产权均归乙方所有。

8.2 甲方仅享有在本企业内部使用上述软件和定制功能的非独占使用权，不得修改、反编译或提供给任何第三方使用。乙方有权将定制功能纳入其标准产品向其他客户销售。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方仅为实施和维护目的访问，不得用于其他目的。

9.2 乙方实施人员访问甲方服务器须经甲方同意，并遵守甲方的网络安全管理制度；乙方应采取必要的技术措施防止甲方数据泄露、篡改或丢失。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方对本合同项下的全部赔偿责任，以合同总价的20%为限；乙方不承担甲方的利润损失、停产损失等间接损失。

## 第十一条 合同的变更与解除

11.1 本合同签订后，任何一方不得单方解除合同。

11.2 一方违约的，守约方可以要求违约方继续履行或采取补救措施，但不得以此为由解除合同。

## 第十二条 双方的其他权利义务

12.1 甲方应按乙方提供的配置要求自行准备服务器、数据库、网络及客户端电脑，并保证运行环境稳定。因甲方运行环境不符合要求导致系统无法正常运行的，乙方不承担责任。

12.2 甲方应安排关键用户全程参与实施，按乙方要求完成业务流程确认、基础资料整理及期初数据核对。甲方在实施过程中提出的需求变更，应以书面形式提交，乙方评估后另行报价。

12.3 乙方负责为甲方关键用户和系统管理员提供集中培训，培训时间和人数由乙方根据实施进度安排。甲方新入职人员的培训，乙方可另行收费。

12.4 乙方有权在其宣传材料和客户名单中使用甲方名称和商标作为成功案例。

12.5 乙方实施人员应遵守甲方的厂区管理和食品卫生规定，进入生产车间须经甲方同意并按要求更换工作服。

12.6 系统上线后，甲方应按照乙方提供的操作手册规范使用系统，定期备份数据。因甲方未及时备份造成数据丢失的，由甲方自行负责。

## 第十三条 不可抗力

13.1 因自然灾害、政府行为、网络攻击、电力中断等不能预见、不能避免并不能克服的客观情况，导致一方不能履行本合同的，该方不承担责任，但应及时通知对方。

## 第十四条 通知与送达

14.1 双方确认合同首部所载地址为有效送达地址。与本合同履行有关的通知，可以书面或电子邮件方式发送；一方变更地址或联系方式的，应提前书面通知对方，否则按原地址送达的视为有效送达。

## 第十五条 争议解决

15.1 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

16.2 本合同附件为《定制开发需求说明》和《实施计划》，与本合同具有同等效力。

甲方（盖章）：武冈市福记豆干食品有限公司
代表人签字：　　　　　日期：

乙方（盖章）：长沙易通企业管理软件有限公司
代表人签字：　　　　　日期：
"""

# ----------------------------------------------------------------------------------------------------------------
# e01  Quanzhou incense workshop blending software, perpetual licences; Croatian vendor in Varaždin — .pdf
#      Article N / N.N, price table printed as rows — single low finding (governing law)
# ----------------------------------------------------------------------------------------------------------------
H358E01 = """T:Software Licence and Implementation Agreement
P:Agreement No. QZCX-2026-SW-02
P:This Agreement is made between Quanzhou Chenxiang Incense Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 37 Yongchun Road, Licheng District, Quanzhou, Fujian ("Buyer"), and Aromatica Formulae d.o.o., a limited liability company incorporated in the Republic of Croatia with its registered office at Ulica Pavla Radića 14, 42000 Varaždin, Croatia ("Vendor").
H:Recitals
P:(A) The Buyer produces traditional and aromatic incense by blending agarwood, sandalwood, herbal powders and binders according to several hundred family and customer formulae, which are currently kept in paper books and spreadsheets.
P:(B) The Vendor develops BlendStudio, a formulation and batch-management software used by fragrance and incense makers, and has offered to license it to the Buyer, migrate the Buyer's formulae and configure it for the Buyer's workshop.
P:(C) At the Buyer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the BlendStudio application in the version current at signature, including its raw-material library module and batch costing module, in object code, together with its user documentation.
P:1.2 "Custom Deliverables" means the formula migration scripts, recipe and label report templates, and all other material prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria are met.
P:1.4 "Buyer Data" means the Buyer's formulae, raw-material records, supplier information, batch records and any other data entered into or generated by the Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive licence to install and use the Software for eight concurrent named users on servers and workstations operated by or for the Buyer in China.
P:2.2 The Vendor shall install the Software on the Buyer's server in Quanzhou, migrate the Buyer's formulae and material records, build the Custom Deliverables, and train the Buyer's blending masters, quality staff and administrators.
P:2.3 The Vendor shall carry out the installation, migration and training with at least one engineer on site in Quanzhou for not less than fifteen working days, and the remainder remotely.
H:Article 3 Price
P:3.1 The Contract Price is CNY 630,000, inclusive of all taxes, travel and expenses, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|BlendStudio perpetual user licence|8|46,500|372,000
TB:2|Raw-material library module, perpetual|1|58,000|58,000
TB:3|Batch costing module, perpetual|1|44,000|44,000
TB:Licence subtotal||||474,000
TB:4|Installation and formula migration|1|96,000|96,000
TB:5|Custom recipe and label report templates|1|38,000|38,000
TB:6|Training (on site and remote)|1|22,000|22,000
TB:Contract Price||||630,000
P:3.2 The Contract Price is fixed and shall not change because of exchange-rate movements between the euro and the Renminbi.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 126,000) within twenty days after signature and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 283,500) within twenty days after the Vendor has installed the Software and completed the formula migration, as confirmed in a signed installation record. The installation record confirms completion of work only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 220,500) within twenty days after Final Acceptance.
P:4.4 All payments shall be made by bank transfer to the Vendor's account stated in its invoice. Bank charges outside China are borne by the Vendor.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and migration within seventy days after signature and make the Software ready for acceptance testing within one hundred days after signature.
P:5.2 The acceptance criteria are: (a) every migrated formula reproduces the original ingredient list and proportions, checked in full by the Buyer's blending masters; (b) batch costing results agree with the Buyer's manual costing for twenty sample batches; (c) the label and recipe report templates print correctly for all product lines; (d) the Software runs for thirty consecutive days in production without a Severity 1 fault.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. If the criteria are not met, the Vendor shall correct the defects at its own cost and the test shall be repeated.
P:5.4 Installation, use of the Software in production or any payment by the Buyer does not constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and to this Agreement for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and remote support free of charge.
P:6.2 Support requests are classified as follows. Severity 1: the Software cannot be used for blending or batch recording. Severity 2: an important function fails but work can continue. Severity 3: minor problems and questions. The Vendor shall respond to a Severity 1 request within 2 hours at any time of day and restore operation within 24 hours; to a Severity 2 request within one business day; and to a Severity 3 request within three business days.
P:6.3 If the Vendor misses a Severity 1 response or restoration time, it shall credit the Buyer CNY 600 for each hour of delay, to be deducted from any amount due or paid on demand.
P:6.4 After the Warranty Period the Buyer may order annual support and updates. The annual support fee is 11% of the licence subtotal, that is CNY 52,140 per year, and shall not increase during the three years following the end of the Warranty Period. Support is ordered by the Buyer each year in writing and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver them in editable form, and the Buyer may use, modify and license them freely, including to other service providers.
P:7.3 The Vendor warrants that the Software does not infringe any third party's rights and shall indemnify the Buyer against any claim of infringement.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The formulae are the Buyer's trade secrets. The Vendor shall process Buyer Data only to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose.
P:8.2 Buyer Data shall remain on the Buyer's servers in Quanzhou. The Vendor may access them remotely only through the Buyer's VPN, with the Buyer's approval for each session, and shall not transfer Buyer Data outside China.
P:8.3 The Vendor shall apply appropriate technical and organisational security measures, including individual accounts, multi-factor login and session logging, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:8.4 The Vendor shall notify the Buyer within 24 hours of any actual or suspected unauthorised access to, disclosure or loss of Buyer Data, cooperate in remedying it, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including formulae, prices and business plans, use it only for this Agreement, and not disclose it to any third party without the other party's prior written consent. This obligation survives termination without limit of time for formulae and for three years otherwise.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to make the Software ready for acceptance testing by the date in Article 5.1, it shall pay the Buyer delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement claims, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:12.2 The Buyer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination for the Vendor's breach the Vendor shall refund the amounts paid for undelivered or unaccepted items.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Croatia, excluding its conflict-of-law rules.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by the Permanent Arbitration Court at the Croatian Chamber of Economy in Zagreb. The language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement is made in English in two originals, one for each party. Notices shall be in writing and sent by courier or e-mail to the addresses above.
P:14.2 Annex 1: Functional specification and migration plan. Annex 2: Acceptance test plan.
P:For the Buyer: Quanzhou Chenxiang Incense Workshop Co., Ltd.   Name: ________   Title: ________   Date: ________
P:For the Vendor: Aromatica Formulae d.o.o.   Name: ________   Title: ________   Date: ________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02  Guilin river-cruise ticketing SaaS, Order Form (Part A) + General Terms (Part B); Polish vendor in Opole — .md
# ----------------------------------------------------------------------------------------------------------------
H358E02 = """# ODRA TICKETING — ORDER FORM AND GENERAL TERMS

**Order Form No.** OT-CN-2026-0031

## PART A — ORDER FORM

### A1. Parties

| | |
|---|---|
| Vendor | Odra Ticketing Sp. z o.o., ul. Ozimska 72, 45-310 Opole, Poland |
| Customer | Guilin Lijiang Bluewave Cruise Co., Ltd., No. 9 Binjiang Road, Xiufeng District, Guilin, Guangxi, China |
| Customer contact | Ms Tang Yu, Head of Digital Sales |
| Vendor contact | Mr Tomasz Wójcik, Account Director Asia |

### A2. Background

The Customer operates fourteen passenger vessels on the Li River between Guilin and Yangshuo and sells tickets at two piers, through its own mini-program, and through travel agencies and online travel platforms. The Customer wishes to replace its current pier ticketing system with the Vendor's cloud platform, Odra Ticketing, so that all channels share one seat inventory and one passenger manifest for each sailing.

### A3. Services

1. Subscription to the Odra Ticketing platform: sailing schedules, dynamic seat inventory, pier point-of-sale, mini-program booking engine, agency portal, boarding-gate scanning, passenger manifests for the maritime authority, and revenue reports.
2. Connectors to three online travel platforms named in Annex 1.
3. Onboarding: configuration of vessels, cabins, fares and schedules; migration of future bookings; integration with the Customer's payment gateway; training of pier staff and agents.

### A4. Term

The Subscription Term is three Subscription Years starting on the Go-Live Date. The Subscription Term does not renew automatically; any further period requires a new Order Form signed by both parties.

### A5. Fees

At the Customer's request all fees are stated and payable in Chinese Renminbi (CNY).

| Item | Basis | CNY |
|---|---|---|
| Platform subscription | per Subscription Year | 168,000 |
| Vessel modules (14 vessels × CNY 6,000) | per Subscription Year | 84,000 |
| Online travel platform connectors (3) | per Subscription Year | 36,000 |
| Subscription Fee | per Subscription Year | 288,000 |
| Subscription Fees for three Subscription Years | | 864,000 |
| Onboarding (one-time) | fixed | 46,000 |
| **Total fees under this Order Form** | | **910,000** |

The Subscription Fee covers up to 1.2 million tickets issued per Subscription Year. Tickets above that volume are charged at CNY 0.06 each, invoiced at the end of the Subscription Year.

### A6. Invoicing and payment

1. The onboarding fee is invoiced after Go-Live Acceptance.
2. Subscription Fees are invoiced quarterly in advance, the first quarter on the Go-Live Date. No fee is payable before the Go-Live Date.
3. Invoices are payable within thirty days by bank transfer to the Vendor's CNY account at a bank in Shanghai.

### A7. Onboarding plan and Go-Live Acceptance

1. The Vendor shall make the platform ready for Go-Live Acceptance by 20 March 2026 (the "Target Date"), before the spring sailing season.
2. Go-Live Acceptance tests: (a) all fourteen vessels and their schedules and fares correctly configured; (b) one seat inventory shared by pier, mini-program, agencies and travel platforms without overbooking during a two-week parallel run; (c) migrated future bookings reconciled in full against the old system; (d) manifests accepted by the maritime authority's reporting interface; (e) gate scanning at both piers processing one passenger per two seconds.
3. When the tests are passed, the Customer signs a Go-Live Acceptance certificate, and that date is the Go-Live Date. Using the platform during the parallel run is not acceptance.
4. If the platform is not ready for Go-Live Acceptance by the Target Date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 800 for each day of delay, up to CNY 46,000.

### A8. Service levels

1. Availability: the Vendor will use its best endeavours to make the platform available 99.5% of each calendar month, excluding maintenance announced three days in advance and carried out between 01:00 and 05:00 China time.
2. Support: Priority 1 (ticket sales or boarding stopped at a pier or in any channel): response within 30 minutes, 24 hours a day, and continuous work until restored. Priority 2 (a channel or function degraded): response within 2 hours during 07:00–22:00 China time. Priority 3: next business day.
3. The service levels in this section A8 are targets. Failure to meet them does not entitle the Customer to service credits, fee reductions, refunds or damages.

### A9. Sub-processors

The Vendor's hosting provider for this Order Form is Alibaba Cloud (mainland China region, Shenzhen), approved by the Customer's signature of this Order Form. Any other sub-processor or subcontractor requires the Customer's prior written consent.

Signed for the Vendor: ____________________ Name / title: ____________________ Date: ________

Signed for the Customer: ____________________ Name / title: ____________________ Date: ________

## PART B — GENERAL TERMS

### B1. Application

These General Terms apply to the Order Form above. If they conflict with Part A, Part A prevails.

### B2. Use of the platform

1. The Vendor grants the Customer and its authorised agents a non-exclusive, non-transferable right to use the platform during the Subscription Term for the Customer's own ticketing business.
2. The Customer is responsible for the accuracy of the fares, schedules and passenger information it enters and for the conduct of its users.

### B3. Customer Data

1. All passenger, booking, payment-reference and sales data entered into or generated by the platform for the Customer ("Customer Data") belong to the Customer.
2. The Vendor processes Customer Data only on the Customer's documented instructions and only to provide the services under the Order Form. The Vendor shall not use Customer Data, in identifiable, anonymised or aggregated form, for any other purpose.
3. At the end of the Subscription Term the Vendor shall return all Customer Data in a standard format within thirty days and then delete it.

### B4. Data security

1. Customer Data is stored and processed only in the hosting region named in Part A and is not transferred outside mainland China. Vendor staff in Poland access production systems only through a logged bastion host with multi-factor authentication, and support access to personal data is limited to what a ticket enquiry requires.
2. The Vendor maintains a security programme certified under ISO/IEC 27001 and supports the Customer in meeting its obligations under the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, including the multi-level protection scheme.
3. The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and bear the costs and losses resulting from any incident caused by its breach of this section.

### B5. Intellectual property

1. The Vendor retains all rights in the platform and its standard features.
2. Fare rules, schedule templates, report designs and other configurations created specifically for the Customer belong to the Customer. The Vendor shall export them on request, and the Customer may use and modify them and provide them to any successor supplier.

### B6. Confidentiality

Each party shall keep confidential the other party's non-public business, technical and pricing information, use it only for the Order Form, and not disclose it to third parties without prior written consent, except to professional advisers bound by confidentiality or as required by law. This obligation continues for three years after the Subscription Term ends.

### B7. Liability

1. Each party's total aggregate liability arising out of or in connection with the Order Form is limited to 150% of the total fees under the Order Form.
2. The limit does not apply to breach of sections B3, B4 or B6, to infringement claims, or to wilful misconduct.

### B8. Termination

1. Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice of it.
2. On termination for the Vendor's breach the Vendor shall refund prepaid fees for the period after termination and provide reasonable assistance in migrating Customer Data to a new supplier.

### B9. Governing law and jurisdiction

These General Terms and the Order Form are governed by the laws of Poland. The courts of Opole, Poland have exclusive jurisdiction over any dispute arising out of or in connection with them.

### B10. Miscellaneous

1. Notices must be in writing and sent by e-mail with confirmation or by courier to the contacts in Part A.
2. Neither party may assign the Order Form without the other party's written consent.
3. The Order Form is signed in English; a Chinese translation may be prepared for convenience only.
4. Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Typhoons and river closures ordered by the maritime authority are such events for the Customer's sailings but do not excuse the Vendor's platform obligations.
5. The Customer may mention the Vendor as its ticketing supplier in tenders and annual reports, and the Vendor may name the Customer as a client only with the Customer's prior written consent.
6. If any provision is held invalid, the remaining provisions stay in force.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03  Heilongjiang rice farm paddy water sensors on the buyer's paper; Dutch integrator in Haarlem — .docx
#      Section N / N.N, Word price table
# ----------------------------------------------------------------------------------------------------------------
H358E03 = """T:Paddy Water Monitoring System Supply and Installation Contract
P:Contract No. SJKF-2026-PWM-01
P:Buyer: Heilongjiang Sanjiang Kenfeng Rice Farm Co., Ltd., Farm Headquarters, Qianjin Town, Fujin, Jiamusi, Heilongjiang Province, China (the "Buyer").
P:Supplier: Polderwise Systems B.V., Zijlweg 143, 2015 BH Haarlem, the Netherlands (the "Supplier").
P:Whereas the Buyer cultivates about 4,600 hectares of irrigated paddy and wishes to measure water depth, water temperature and canal levels in real time so as to irrigate by field block rather than by rotation; whereas the Supplier designs and installs wireless water-monitoring systems for polder and paddy agriculture; and whereas the Supplier was selected after the Buyer's invitation to tender of January 2026; the parties agree as follows. This Contract is on the Buyer's standard form. At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission a paddy water monitoring system covering 240 field blocks and the main and branch canals, consisting of water-level and temperature sensors, LoRaWAN gateways, solar power kits, and the FieldView dashboard software, as specified in Annex 1 (Technical Specification).
P:1.2 The Supplier shall integrate the dashboard with the Buyer's existing pump-station control system so that the irrigation staff can see canal levels and pump status on one screen, and shall configure alarms for low water, high water and abnormal temperature.
P:1.3 The Supplier shall calibrate every sensor on site, prepare an as-installed map of all devices, and train the Buyer's irrigation staff and IT staff.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,110,000, inclusive of VAT, import duties, freight to the farm, insurance, installation and all other costs. It is itemised below and is fixed.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Water-level and temperature sensor with mounting pole|240|2,350|564,000
TB:2|LoRaWAN gateway, outdoor, with 4G backhaul|12|18,500|222,000
TB:3|Solar power kit for gateway|12|4,200|50,400
TB:4|FieldView dashboard software, perpetual licence|1|126,000|126,000
TB:|Hardware and licence subtotal|||962,400
TB:5|Installation, integration and commissioning|1|118,000|118,000
TB:6|Calibration and training|1|29,600|29,600
TB:|Contract Price|||1,110,000
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 111,000) within fifteen days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 Installation payment: 55% of the Contract Price (CNY 610,500) within fifteen days after the Installation Certificate under Section 5.1. The Installation Certificate confirms completion of installation only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 388,500) within fifteen days after the Final Acceptance Certificate under Section 5.3.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm headquarters by 15 April 2026 and complete installation before the paddies are flooded, and in any case by 10 May 2026 (the "Completion Date").
P:4.2 The Buyer shall provide access to the fields and canals, a storage room, and a contact person at each of the four production teams.
P:4.3 Installation work in the fields shall be coordinated with the Buyer's planting schedule and shall not damage seedlings, levees or canals; any damage shall be repaired at the Supplier's cost.
H:Section 5 Acceptance
P:5.1 When all equipment is installed, the parties shall jointly check quantities and positions against the as-installed map and sign an Installation Certificate.
P:5.2 Final Acceptance tests shall be carried out after a trial operation of thirty days during the flooding period. The criteria are: (a) each sensor's water-depth reading is within ±1 cm of a manual gauge reading at three checks; (b) every gateway transmits without a gap of more than two hours during the trial; (c) all alarms are triggered correctly in tests; (d) pump-station data are displayed with a delay of less than one minute; (e) the as-installed map and all manuals have been delivered.
P:5.3 If the criteria are met, the Buyer shall issue a Final Acceptance Certificate within seven days. Otherwise the Supplier shall correct the defects at its own cost and the tests shall be repeated. Installation, use or payment does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants that all equipment and software are new, free from defects in design, materials and workmanship, and conform to Annex 1, for a warranty period of nine (9) months from the date of the Final Acceptance Certificate, covering one full growing season.
P:6.2 During the warranty period the Supplier shall repair or replace defective equipment free of charge, including the cost of parts, labour, shipping and travel to the farm.
P:6.3 After the warranty period the Buyer may order annual support covering spare sensors, recalibration before each season, software updates and remote support. The annual support fee is 7% of the hardware and licence subtotal, that is CNY 67,368, fixed for three support years. Support is ordered each year by the Buyer and does not renew automatically.
H:Section 7 Service Response
P:7.1 Severity 1 means that a gateway is down or that a whole field block or canal section sends no data. Severity 2 means that an individual sensor fails or gives implausible readings. Severity 3 means questions and minor software issues.
P:7.2 The Supplier shall respond to a Severity 1 fault remotely within 1 hour, 24 hours a day during the growing season (May to September), and shall have a technician on site within 24 hours where a remote fix is not possible. Severity 2 faults shall be answered within one working day and fixed within five working days. Severity 3 questions shall be answered within three working days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response time, the Buyer may deduct CNY 400 from any amount due.
H:Section 8 Delay Damages
P:8.1 If the Supplier fails to complete installation by the Completion Date, it shall pay delay damages of 0.02% of the Contract Price for each day of delay, up to 5% of the Contract Price.
P:8.2 Payment of delay damages does not relieve the Supplier of its obligation to complete the work.
H:Section 9 Liability
P:9.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability for personal injury, wilful misconduct, gross negligence and breach of Sections 10 and 11, which is not limited.
H:Section 10 Data
P:10.1 All data collected by the system, including water levels, temperatures, field maps and pump data, belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, retain or use them for any other purpose.
P:10.2 The dashboard and database shall run on the Buyer's server at the farm headquarters. The Supplier may access the server remotely only through the Buyer's VPN with the Buyer's approval for each session; all sessions shall be logged. Gateways shall use encrypted transmission and changed default passwords.
P:10.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the Buyer's data or systems, assist in containing it, and compensate the Buyer for losses caused by its breach of this Section.
H:Section 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public technical and commercial information obtained under this Contract and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the end of this Contract.
H:Section 12 Intellectual Property
P:12.1 The Supplier retains the intellectual property in the FieldView software and the sensor firmware.
P:12.2 The dashboard configurations, alarm rules, field-block maps and pump-station interface developed for this project belong to the Buyer, which may use, modify and have them maintained by any third party.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the delay exceeds thirty days.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.
H:Section 16 Training and Documentation
P:16.1 The Supplier shall train at least ten irrigation staff in reading the dashboard, handling alarms, replacing sensor batteries and cleaning sensors, and at least two IT staff in administering the server, gateways and user accounts. Training shall take place at the farm headquarters in Chinese, with an interpreter provided by the Supplier where needed.
P:16.2 The Supplier shall deliver operating and maintenance manuals in Chinese and English, the as-installed map, gateway configuration records and a spare-parts list before Final Acceptance.
H:Section 17 Force Majeure
P:17.1 Neither party is liable for delay caused by floods, extreme weather, epidemics or government action beyond its control, provided it notifies the other party promptly and takes reasonable steps to limit the delay.
H:Section 18 Miscellaneous
P:18.1 This Contract is made in English and Chinese in four originals; both versions are equally authentic.
P:18.2 Annex 1: Technical Specification. Annex 2: Installation Plan and Field Map.
P:For the Buyer: ____________________ (seal)   Date: ________
P:For the Supplier: ____________________   Date: ________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04  Dongguan toy maker's managed endpoint service; Portuguese provider in Bragança — .md
#      numbered clauses with Schedules (priority table, charges table)
# ----------------------------------------------------------------------------------------------------------------
H358E04 = """# MANAGED ENDPOINT SERVICES AGREEMENT

**Agreement reference:** MMIT-DG-2026-004

**This Agreement** is made on the date of the last signature below

**between**

**Montesinho Managed IT, Lda.**, a company registered in Portugal, whose registered office is at Avenida Sá Carneiro 211, 5300-252 Bragança, Portugal (the **"Provider"**), and

**Dongguan Happybrick Toys Co., Ltd.**, a company registered in the People's Republic of China, whose registered office is at No. 18 Jinfeng Road, Chashan Town, Dongguan, Guangdong, China (the **"Customer"**).

## Background

(A) The Customer designs and manufactures plastic construction toys in two factories in Dongguan and runs a design studio in Shenzhen, with about 1,150 laptops, desktops and shop-floor terminals.

(B) The Customer wishes to outsource the day-to-day management of those endpoints, including patching, software distribution, endpoint protection and a service desk, and the Provider has offered to provide these services remotely and through local field engineers.

(C) At the Customer's request all charges under this Agreement are stated and payable in Chinese Renminbi (CNY).

## 1. Definitions

1.1 **"Endpoints"** means the Customer devices listed in the inventory agreed during onboarding, as updated from time to time.

1.2 **"Services"** means the services described in clause 3 and Schedule 1.

1.3 **"Service Commencement Date"** means the date on which the Customer signs the Service Acceptance certificate under clause 5.

1.4 **"Customer Data"** means all data stored on or transmitted from the Endpoints, and all inventory, configuration and user information the Customer provides to the Provider.

## 2. Term

2.1 This Agreement starts on signature and continues for an initial service term of 36 months from the Service Commencement Date.

2.2 This Agreement does not renew automatically. The parties may agree an extension in writing not later than three months before the end of the service term.

## 3. Services

3.1 The Provider shall provide: (a) operating-system and third-party application patching; (b) software packaging and distribution; (c) deployment and monitoring of the endpoint protection product specified in Schedule 1; (d) asset inventory and licence reporting; (e) a bilingual service desk for Customer staff from 07:30 to 21:00 China time, seven days a week; and (f) field support at the Dongguan factories through local engineers.

3.2 The Provider shall deliver monthly service reports showing ticket volumes, response times, patch status and open issues.

3.3 The Provider shall hold a service review with the Customer's IT manager each quarter, agree an improvement plan for any recurring problem, and propose changes to patch and software policies where the Customer's production schedule requires them. New services outside Schedule 1 are provided only under a written change order.

## 4. Onboarding

4.1 Within sixty days after signature the Provider shall complete onboarding: inventory of all Endpoints, installation of its management agent, migration of patch and software policies, service desk set-up and knowledge base, and training of the Customer's IT coordinators.

4.2 If onboarding is not ready for Service Acceptance within sixty days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay, up to CNY 74,000.

## 5. Service Acceptance

5.1 Service Acceptance criteria: (a) the management agent reports from every Endpoint in the agreed inventory; (b) a test patch cycle has been deployed and reported for all Endpoints; (c) the service desk has handled a two-week pilot with the Shenzhen studio without an open Priority 1 ticket; (d) the runbooks and escalation lists have been delivered.

5.2 When the criteria are met the Customer shall sign a Service Acceptance certificate within five business days. Installing agents or using the service desk before then is not acceptance.

## 6. Service levels

6.1 The Provider shall meet the response and resolution targets in Schedule 1.

6.2 If the Provider misses a target for more than three tickets of the same priority in a month, it shall grant the service credits set out in Schedule 1. Service credits are deducted from the next invoice.

## 7. Charges and payment

7.1 The charges are set out in Schedule 2.

7.2 The Monthly Charge is invoiced monthly in arrears from the Service Commencement Date. The onboarding charge is invoiced after Service Acceptance. No charge is payable in advance.

7.3 Invoices are payable within thirty days of receipt.

## 8. Customer Data

8.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to provide the Services and shall not sell it or use it for any other purpose.

8.2 The Provider gives no undertaking regarding the security of Customer Data beyond the performance of the Services described in Schedule 1, and shall not be responsible for any loss, leakage, corruption or unauthorised access to Customer Data, however caused.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's confidential information, including the Customer's product designs and the Provider's pricing, and shall not disclose it to any third party except as needed to perform this Agreement or as required by law. This clause continues for three years after the Agreement ends.

## 10. Intellectual property

10.1 The Provider retains ownership of its management tools and standard procedures.

10.2 Scripts, software packages, policies and runbooks created specifically for the Customer belong to the Customer, which may use, modify and hand them to any successor provider.

## 11. Subcontracting

11.1 The Provider may subcontract any part of the Services, including the out-of-hours service desk and field support, to its affiliates or to third parties by notifying the Customer in writing. The Provider remains responsible for the performance of its subcontractors.

## 12. Liability

12.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable for the initial service term.

12.2 Neither party is liable for indirect or consequential loss.

## 13. Termination

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

13.2 The Customer may also terminate by written notice if service credits apply in any three months within a period of six consecutive months.

13.3 On expiry or termination the Provider shall provide up to sixty days of exit assistance, remove its agents at the Customer's request, and return all Customer documentation.

## 14. Governing law and disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules then in force.

## 15. Customer responsibilities

15.1 The Customer shall appoint an IT coordinator at each site, keep the Endpoint inventory up to date, provide the Provider with administrative access to its directory and endpoint protection console, and give field engineers access to the factories during working hours.

15.2 The Customer remains responsible for its own backups of user data, for the licences of the software installed on the Endpoints, and for decisions to replace hardware recommended by the Provider.

15.3 The Customer shall inform the Provider at least ten business days in advance of planned changes that affect the Services, such as new production lines, office moves or the introduction of new business applications.

## 16. Force majeure

16.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it promptly notifies the other party and uses reasonable efforts to resume performance.

## 17. General

17.1 Changes to this Agreement must be in writing and signed by both parties.

17.2 Notices shall be sent by e-mail and courier to the addresses above.

## Schedule 1 — Services and priority levels

Endpoint protection product: the Customer's existing licences for a commercial endpoint detection and response product, managed by the Provider.

| Priority | Definition | Response target | Resolution target |
|---|---|---|---|
| P1 — Critical | a factory line, the design studio or more than fifty users cannot work; suspected malware outbreak | within 8 business hours | within 2 business days |
| P2 — High | a department or a shop-floor terminal group cannot work | within 1 business day | within 3 business days |
| P3 — Normal | a single user affected, or a service request | within 2 business days | within 5 business days |

Service credits: 3% of the Monthly Charge for the month in which the P1 targets are missed as described in clause 6.2, and 1% for P2. Credits in any month are limited to 10% of the Monthly Charge.

## Schedule 2 — Charges

| Charge | Basis | CNY |
|---|---|---|
| Endpoint management (1,150 Endpoints × CNY 42) | per month | 48,300 |
| Service desk, fixed | per month | 12,500 |
| **Monthly Charge** | per month | **60,800** |
| Monthly Charges for the initial service term (36 months) | | 2,188,800 |
| Onboarding, one-time | fixed | 74,000 |
| **Total charges for the initial service term** | | **2,262,800** |

Endpoints added or removed during the service term are charged or credited at CNY 42 per Endpoint per month from the following month.

**Signed for the Provider:** ____________________ Name / title: ____________________ Date: ________

**Signed for the Customer:** ____________________ Name / title: ____________________ Date: ________
"""

# ----------------------------------------------------------------------------------------------------------------
# e05  Xiamen ship-agency platform's seafarer-certificate check API subscription; Greek vendor in Kavala — .txt
#      upper-case headings, a Schedule
# ----------------------------------------------------------------------------------------------------------------
H358E05 = """API SUBSCRIPTION AGREEMENT
SEAFARER CERTIFICATE VERIFICATION SERVICE

Agreement No.: TMD-XM-2026-11

PARTIES

Thassos Maritime Data S.A., a societe anonyme incorporated in Greece, with its registered office at 41 Erythrou Stavrou Street, 65403 Kavala, Greece ("Vendor"); and

Xiamen Haiyun Ship Agency Platform Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at Room 1201, No. 88 Xiangyun Road, Huli District, Xiamen, Fujian, China ("Customer").

BACKGROUND

The Customer runs an online platform through which ship agents in Xiamen and other Fujian ports arrange crew changes, port clearance and shore services for foreign and domestic vessels. Before a crew change the agent must confirm that each joining seafarer holds valid certificates of competency, endorsements and medical certificates.

The Vendor operates a verification service that checks certificate numbers against issuing-administration registers and its own validated database and returns a structured result through an application programming interface (the "API").

The Customer wishes to call the API from its platform, and the Vendor is willing to provide it on the terms below. At the Customer's request all fees are stated and payable in Chinese Renminbi (CNY).

1. DEFINITIONS

1.1 "Check" means one API request that returns a verification result for one certificate.

1.2 "Subscription Start Date" means the date of Integration Acceptance under clause 4, and "Subscription Year" means each successive annual period starting on the Subscription Start Date or on an anniversary of it.

1.3 "Customer Data" means the seafarer names, dates of birth, certificate numbers, images of certificates and other data the Customer or its users submit to the API, and the results returned for them.

1.4 "Integration Adapter" means the software module the Vendor writes to connect the Customer's platform to the API, including its source code and documentation.

2. SERVICE

2.1 The Vendor shall provide the Customer with access to the API for the Checks included in the Subscription Fee, together with a web console for manual look-ups by the Customer's staff.

2.2 The Vendor shall develop the Integration Adapter, provide a sandbox, and support the Customer's developers until Integration Acceptance.

2.3 The Customer may allow ship agents registered on its platform to trigger Checks through the platform, but shall not resell direct API access.

3. TERM AND RENEWAL

3.1 The initial term is two Subscription Years.

3.2 At the end of the initial term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

3.3 The Vendor may increase the Subscription Fee for any renewal term by up to 9% by written notice given at least ninety days before the renewal term begins. The increased fee applies unless the Customer gives notice of non-renewal.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall deliver the Integration Adapter and make the production API ready for Integration Acceptance within forty-five days after signature.

4.2 Integration Acceptance tests: (a) one thousand sample certificates from six issuing administrations, chosen by the Customer, are checked with results matching the Customer's manual verification; (b) median API response time is below two seconds over the test set; (c) error messages and retry handling work as documented; (d) the Integration Adapter source code and documentation are delivered.

4.3 When the tests are passed the Customer signs an Integration Acceptance certificate. Use of the sandbox or of the production API before that date is not acceptance.

4.4 If the production API is not ready for Integration Acceptance by the date in clause 4.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 600 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, measured by the Vendor's monitoring from Hong Kong and Singapore probes, excluding maintenance announced seven days in advance.

5.2 Priority 1 incidents (the API is unavailable or returns wrong results for all Checks) shall be responded to within 30 minutes at any time. Priority 2 incidents (degraded performance or one issuing administration unavailable) shall be responded to within 2 hours. Other requests shall be answered within one business day.

5.3 If monthly availability falls below the level in clause 5.1, the Vendor shall credit 5% of the monthly portion of the Subscription Fee for each full 0.1 percentage point of shortfall, up to 50% of that portion. If a Priority 1 response is late, the Vendor shall credit CNY 500 for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the term.

6. FEES AND PAYMENT

6.1 The fees are set out in the Schedule.

6.2 The Integration fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. No fee is payable before the Subscription Start Date.

6.3 Checks above the included volume are invoiced quarterly in arrears at the overage rate in the Schedule.

6.4 Invoices are payable within thirty days of receipt by transfer to the Vendor's CNY account.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only to perform Checks for the Customer and shall not use it, or any data derived from it, for any other purpose, including in anonymised or aggregated form.

7.2 The Vendor shall process Customer Data for Checks on servers located in mainland China operated by the hosting partner named in the Schedule, and shall not transfer Customer Data outside mainland China except as permitted by PRC law and with the Customer's prior written approval. Results are retained for ninety days and then deleted, unless the Customer instructs otherwise.

7.3 The Vendor shall maintain ISO/IEC 27001 certification, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs for at least one hundred and eighty days.

7.4 The Vendor shall notify the Customer of any personal data breach within 24 hours, cooperate with the Customer and the authorities, and compensate the Customer for losses, fines and claims resulting from a breach caused by the Vendor's failure to comply with this clause.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. Neither party shall disclose such information to a third party without the other party's prior written consent, except to its professional advisers or as required by law. This clause survives for three years after termination.

9. INTELLECTUAL PROPERTY

9.1 The Vendor retains all rights in the API, the verification database and the web console.

9.2 The Integration Adapter belongs to the Customer. The Customer may use, modify and license it freely, including to other suppliers.

10. SUBCONTRACTING

10.1 The hosting partner named in the Schedule is approved by the Customer's signature. The Vendor shall not appoint any other subcontractor or sub-processor without the Customer's prior written consent.

11. LIABILITY

11.1 The Vendor's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed CNY 120,000.

11.2 Neither party shall be liable for loss of profit or indirect loss.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice.

12.2 The Customer may terminate by written notice if monthly availability falls below 99.5% in two consecutive months.

12.3 On termination for the Vendor's breach, the Vendor shall refund the unused part of the Subscription Fee.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement is governed by the laws of Greece.

13.2 The courts of Kavala, Greece shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

14. CUSTOMER OBLIGATIONS

14.1 The Customer shall keep its API credentials secure, restrict their use to its own platform, and inform the Vendor without delay if it suspects misuse.

14.2 The Customer shall obtain any consent from seafarers that is required under applicable law for the verification of their certificates and shall inform them of the processing.

15. FORCE MAJEURE

15.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

16. GENERAL

16.1 This Agreement, including the Schedule, is the entire agreement between the parties on its subject matter.

16.2 Amendments must be in writing and signed by both parties. Notices shall be sent by e-mail with a copy by courier.

SCHEDULE - FEES AND HOSTING

A. Subscription Fee: CNY 236,000 per Subscription Year, including 180,000 Checks per Subscription Year. Unused Checks do not carry over.

B. Subscription Fees for the initial term of two Subscription Years: CNY 472,000.

C. Integration fee (one-time, Integration Adapter and sandbox support): CNY 32,000.

D. Total fees for the initial term: CNY 504,000.

E. Overage rate: CNY 1.20 per Check above the included volume.

F. Hosting partner: Xiamen Lianhe Cloud Data Services Co., Ltd., data centre in Xiamen.

SIGNATURES

For Thassos Maritime Data S.A.: ______________________ Name: ______________ Title: ______________ Date: __________

For Xiamen Haiyun Ship Agency Platform Co., Ltd.: ______________________ Name: ______________ Title: ______________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# targets, labels, checks
# ----------------------------------------------------------------------------------------------------------------
FILES = {
    "h358z01": ("h358z01_statistics_bureau_direct_reporting_platform", "pdf", H358Z01),
    "h358z02": ("h358z02_aluminium_extrusion_press_control_retrofit", "docx", H358Z02),
    "h358z03": ("h358z03_bakery_chain_ordering_membership_saas", "txt", H358Z03),
    "h358z04": ("h358z04_housing_fund_system_annual_om_service", "txt", H358Z04),
    "h358z05": ("h358z05_tofu_factory_erp_supplier_template", "md", H358Z05),
    "h358e01": ("h358e01_incense_blending_software_croatian_vendor", "pdf", H358E01),
    "h358e02": ("h358e02_river_cruise_ticketing_saas_polish_vendor", "md", H358E02),
    "h358e03": ("h358e03_rice_farm_paddy_water_sensors", "docx", H358E03),
    "h358e04": ("h358e04_toy_maker_managed_endpoint_service", "md", H358E04),
    "h358e05": ("h358e05_seafarer_certificate_api_greek_vendor", "txt", H358E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# price / payment arithmetic, asserted
assert 1180000 + 864000 + 156000 + 98000 + 42000 == 2340000
assert 468000 + 1053000 + 819000 == 2340000 and 0.09 * 1180000 == 106200
assert 504000 + 378000 + 84000 + 156000 + 96000 == 1218000 and 1218000 + 186000 + 24000 == 1428000
assert round(0.28 * 1218000) == 341040
assert 50 * 2760 == 138000 and 138000 + 36000 + 24000 == 198000 and 3 * 198000 + 126000 == 720000
assert 126000 + 198000 == 324000
assert 468000 + 216000 + 96000 + 58000 == 838000 and 4 * 209500 == 838000
assert 168000 + 146000 + 58000 + 16000 == 388000 and 252200 + 135800 == 388000 and 0.65 * 388000 == 252200
assert 8 * 46500 == 372000 and 372000 + 58000 + 44000 == 474000 and 474000 + 96000 + 38000 + 22000 == 630000
assert 126000 + 283500 + 220500 == 630000 and round(0.11 * 474000) == 52140
assert 168000 + 14 * 6000 + 36000 == 288000 and 3 * 288000 + 46000 == 910000
assert 240 * 2350 == 564000 and 12 * 18500 == 222000 and 12 * 4200 == 50400
assert 564000 + 222000 + 50400 + 126000 == 962400 and 962400 + 118000 + 29600 == 1110000
assert 111000 + 610500 + 388500 == 1110000 and round(0.07 * 962400) == 67368
assert 1150 * 42 == 48300 and 48300 + 12500 == 60800 and 36 * 60800 + 74000 == 2262800
assert 2 * 236000 + 32000 == 504000


def tco(value, warranty_months, fee_pct, base, horizon=5):
    """policy §4: value + post-warranty fees over the horizon from acceptance (partial years pro rata)."""
    years = max(0.0, horizon - warranty_months / 12)
    fees = fee_pct / 100 * base * years
    return value + fees, fees / (value + fees) * 100


def terms(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra, forum_outside_mainland, fee base, expected rules as I read policy.md, risk)
LABELS = {
    "h358z01": ("software",
                terms(99.99, 0.5, True, "buyer", True, True, True, 0.1, None, 468000 / 2340000 * 100, True, True, 24,
                      9, False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2340000), False, 1180000, [], "low"),
    "h358z02": ("hardware",
                terms(None, 0.5, True, "buyer", True, True, True, 0.08, 50, 10, True, True, 18, 28, False, True, False,
                      "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1428000), False, 1218000,
                ["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "high"),
    "h358z03": ("cloud",
                terms(99.95, 0.25, True, "buyer", True, False, True, 0.1, 150, 324000 / 720000 * 100, True, None, None,
                      None, True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=720000),
                False, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-PREPAYMENT"], "medium"),
    "h358z04": ("services",
                terms(99.98, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                      False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=838000),
                False, None, [], "low"),
    "h358z05": ("software",
                terms(None, None, False, "supplier", True, True, False, None, 20, 65, False, False, 3, None, False,
                      False, None, None, G),
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=388000), False, 168000,
                ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION",
                 "CR-WARRANTY"], "high"),
    "h358e01": ("software",
                terms(None, 2, True, "buyer", True, True, True, 0.08, 150, 126000 / 630000 * 100, True, True, 18, 11,
                      False, True, False, "Croatia", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=630000), True, 474000, ["CR-GOVERNING-LAW"], "low"),
    "h358e02": ("cloud",
                terms(99.5, 0.5, False, "buyer", True, True, True, 800 / 910000 * 100, 150, None, True, None, None, None,
                      False, True, False, "Poland", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=910000),
                True, None, ["CR-GOVERNING-LAW", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"], "medium"),
    "h358e03": ("hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.02, 200, 111000 / 1110000 * 100, True, True, 9, 7,
                      False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1110000), False, 962400, ["CR-LD-LOW", "CR-WARRANTY"], "medium"),
    "h358e04": ("services",
                terms(None, 8, True, "buyer", False, True, True, 1500 / 2262800 * 100, 150, None, True, None, None, None,
                      False, True, True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2262800),
                False, None, ["CR-DATA-SECURITY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], "high"),
    "h358e05": ("cloud",
                terms(99.95, 0.5, True, "buyer", True, True, True, 600 / 504000 * 100, 120000 / 504000 * 100, None,
                      True, None, None, None, True, True, False, "Greece", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=504000),
                True, None, ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"], "medium"),
}

HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}


def derive(t, x, foreign_forum, base):
    """policy.md §3 applied to my labels (a cross-check of my own reading, not the project's code)."""
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
    share = None
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pwf is not None and t["warranty_months"] is not None:
            share = tco(x["contract_value"], t["warranty_months"], pwf, base)[1]
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r), share


def off(v, th, name, key):
    assert v is None or abs(v - th) > 1e-6, (key, name, v)


# ---------------------------------------------------------------- threshold figures (regexes) and their self-test
CN = "一二三四五六七八九十百千两零〇"
PATTERNS = [
    ("availability 99.9", r"(?<![\d.])99\.9(?!\d)"),
    ("P1 4 hours", r"(?<![\d.,])4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)"),
    ("P1 四小时", rf"(?<![{CN}])四\s*个?\s*小\s*时"),
    ("P1 four hours", r"(?<![\w-])four[\s-]*(?:hours?|hrs?\b)"),
    ("P1 240 minutes", r"(?<![\d.,])240\s*(?:minutes?|mins?\b|分钟)"),
    ("P1 二百四十分钟", r"二\s*百\s*四\s*十\s*分\s*钟"),
    ("LD 0.05", r"(?<![\d.])0\.05(?!\d)"),
    ("LD 万分之五", r"万\s*分\s*之\s*五(?![十百])"),
    ("LD 千分之零点五", r"千\s*分\s*之\s*零\s*点\s*五"),
    ("cap 100%", r"(?<![\d.,])100\s*(?:%|％|per\s*cent|percent)"),
    ("cap 百分之百", r"百\s*分\s*之\s*一?\s*百"),
    ("cap one hundred per cent", r"one\s+hundred\s+(?:per\s*cent|percent)"),
    ("prepay 30%", r"(?<![\d.,])30\s*(?:%|％|per\s*cent|percent)"),
    ("prepay 百分之三十", r"百\s*分\s*之\s*三\s*十(?![一二三四五六七八九])"),
    ("prepay 三成", rf"(?<![{CN}])三\s*成"),
    ("prepay thirty per cent", r"thirty\s*(?:per\s*cent|percent)"),
    ("warranty 12 months", r"(?<![\d.,])12\s*(?:-\s*)?(?:个\s*月|months?|mos?\b)"),
    ("warranty 十二个月", rf"(?<![{CN}])十\s*二\s*个\s*月"),
    ("warranty twelve months", r"(?<![\w-])twelve[\s-]*(?:calendar\s+)?months?"),
    ("warranty one year", r"(?<![\w-])one[\s-]*years?\b"),
    ("warranty 1 year", r"(?<![\d.,])1\s*(?:-\s*)?years?\b"),
    ("warranty 一年", rf"(?<![{CN}])一\s*年"),
    ("post-warranty 15%", r"(?<![\d.,])15\s*(?:%|％|per\s*cent|percent)"),
    ("post-warranty 百分之十五", r"百\s*分\s*之\s*十\s*五(?![一二三四五六七八九])"),
    ("post-warranty fifteen per cent", r"fifteen\s*(?:per\s*cent|percent)"),
    ("TCO 40%", r"(?<![\d.,])40\s*(?:%|％|per\s*cent|percent)"),
    ("TCO 百分之四十", r"百\s*分\s*之\s*四\s*十(?![一二三四五六七八九])"),
    ("TCO 四成", rf"(?<![{CN}])四\s*成"),
    ("TCO forty per cent", r"forty\s*(?:per\s*cent|percent)"),
    ("horizon 5 years", r"(?<![\d.,])5\s*(?:-\s*)?(?:years?\b|年)"),
    ("horizon five years", r"(?<![\w-])five[\s-]*years?\b"),
    ("horizon 五年", rf"(?<![{CN}])五\s*年"),
    ("horizon 60 months", r"(?<![\d.,])60\s*(?:-\s*)?(?:months?|个\s*月)"),
    ("horizon 六十个月", rf"(?<![{CN}])六\s*十\s*个\s*月"),
    ("horizon sixty months", r"sixty[\s-]*months?"),
]
RX = [(n, re.compile(p, re.I)) for n, p in PATTERNS]


def hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({(n, m.group(0)) for v in variants for n, rx in RX for m in rx.finditer(v)})


MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours", "Four-hour",
            "240 minutes", "240分钟", "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十",
            "三成", "thirty per cent", "12个月", "12 months", "12-month", "十二个月", "twelve months", "one year",
            "One-year", "1 year", "一年", "15%", "百分之十五", "40%", "百分之四十", "四成", "5 years", "5年", "五年",
            "five years", "five-year", "60 months", "60个月", "六十个月", "forty per cent", "a\nfour\nhours",
            "十二个\n月", "for 12\nmonths"]
MUST_NOT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.99%", "115%", "0.15%", "0.055%",
            "四十二个月", "2025年", "2016年以来", "万分之五十", "45%", "130%", "25 years", "三十五年", "十五年",
            "第十二条", "1.5倍", "one business day", "Subscription Year", "服务年度", "150%", "0.5 h", "14 hours",
            "1,240 minutes", "160 months", "二十四个月", "twenty-four months", "35%", "CNY 0.06"]
for s_ in MUST_HIT:
    assert hits(s_), ("self-test: must hit", s_)
for s_ in MUST_NOT:
    assert not hits(s_), ("self-test: must not hit", s_, hits(s_))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, (stem, ext, src) in FILES.items():
        name = stem + "." + ext
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (stem, ext, src) in FILES.items():
        cat, t, x, foreign, base, rules, risk = LABELS[key]
        lang = "zh" if "z" in key[4:] else "en"
        assert list(t) == TERM_KEYS
        rules_derived, share = derive(t, x, foreign, base)
        assert rules_derived == sorted(rules), (key, rules_derived, rules)
        level = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        assert level == risk, (key, level, risk)
        covered |= set(rules)
        # no derived value on a threshold
        off(t["availability_pct"], 99.9, "availability", key)
        off(t["p1_response_hours"], 4, "p1", key)
        off(t["ld_rate_per_day_pct"], 0.05, "ld", key)
        off(t["liability_cap_pct"], 100, "cap", key)
        off(t["prepayment_pct"], 30, "prepayment", key)
        off(t["warranty_months"], 12, "warranty", key)
        off(t["post_warranty_fee_pct"], 15, "post-warranty fee", key)
        off(share, 40, "TCO share", key)
        if t["warranty_months"] is not None:
            off(t["warranty_months"], 60, "warranty = horizon", key)
        extra = dict(x)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra and t["final_payment_on_acceptance"] is None
        label = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": {k: extra[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped",
                                                          "acceptance_deemed_on_delivery", "contract_value"]
                                    if k in extra},
                 "expected_rules": sorted(rules)}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        # read back: length and threshold figures
        text = read_back(OUT / (stem + "." + ext))
        if lang == "zh":
            n, lo, hi, unit = len(text), 2800, 3300, "chars"
        else:
            n, lo, hi, unit = len(text.split()), 1500, 1700, "words"
        h = hits(text)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        if h:
            problems.append((key, "threshold figure", h))
        tco_s = "" if share is None else "  TCO share %.2f%%" % share
        print("%-8s %-5s %5d %s  risk %-6s %s%s" % (key, ext, n, unit, risk, ", ".join(rules) or "(none)", tco_s))
    missing = ALL_RULES - covered
    print("rules covered: %d / 20" % len(covered & ALL_RULES))
    assert not problems, problems
    assert not missing, missing
    mix = sorted(len(v[5]) for v in LABELS.values())
    assert mix.count(0) == 2 and sum(1 for v in LABELS.values() if v[5] == ["CR-GOVERNING-LAW"]) == 1
    assert sum(1 for m in mix if 2 <= m <= 3) == 6 and len(LABELS["h358z05"][5]) >= 8
    print("all checks passed")


if __name__ == "__main__":
    main()
